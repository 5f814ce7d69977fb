//! One component per file; each takes data and callbacks as props.

pub mod app;
pub mod edit_dialog;
pub mod filter_bar;
pub mod icons;
pub mod input_panel;
pub mod lang_toggle;
pub mod meeting_card;
pub mod meeting_list;
pub mod my_names_panel;
pub mod notice;
pub mod party_picker;
pub mod people_panel;
pub mod province_map;
pub mod review_panel;
pub mod review_ui;
pub mod share_bar;
pub mod status_line;
pub mod summary;
pub mod text_view;
