//! Table-driven tests of the extractor: one line per sentence and what it must yield.
