//! The interface's two languages, and messages for the user in both of them.
//!
//! Pure (no web dependency), so that the natively tested modules (`corrections`) can say things too.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The value of the `lang` attribute for text in this language.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The first of the browser's preferred languages (BCP 47 tags, best first) that is Chinese
    /// or English; Chinese when neither is listed.
    pub fn preferred(tags: impl IntoIterator<Item = String>) -> Lang {
        for tag in tags {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::Zh
    }

    /// Picks the Chinese or the English label.
    pub fn tr<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

/// A message for the user in both languages: shown in whichever the interface is in, also
/// after the language is switched. Details from a parser (serde's) are given in English only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    zh: String,
    en: String,
}

impl Said {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Said {
        Said {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }

    /// This message followed by another sentence.
    pub fn then(&self, more: &Said) -> Said {
        Said::new(
            format!("{}{}", self.zh, more.zh),
            format!("{} {}", self.en, more.en),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The browser's preferred languages, best first, and the interface they open in.
    const PREFERRED: &[(&[&str], Lang)] = &[
        (&["en-US", "en"], Lang::En),
        (&["en-GB", "zh-CN"], Lang::En),
        (&["zh-TW", "en"], Lang::Zh),
        (&["de-DE", "en"], Lang::En),
        (&["fr"], Lang::Zh),
        (&[], Lang::Zh),
    ];

    #[test]
    fn preferred_table() {
        for (tags, want) in PREFERRED {
            let got = Lang::preferred(tags.iter().map(|t| t.to_string()));
            assert_eq!(got, *want, "{tags:?}");
        }
    }

    #[test]
    fn a_message_is_told_in_either_language() {
        let said = Said::new("甲。", "A.").then(&Said::new("乙。", "B."));
        assert_eq!(said.get(Lang::Zh), "甲。乙。");
        assert_eq!(said.get(Lang::En), "A. B.");
    }
}
