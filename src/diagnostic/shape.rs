//! What a value should look like, for the message that says what to write instead.

/// What a value should look like, for [`Problem::WrongShape`]; each has a `teach-shape-<code>`
/// message with an example.
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Shape {
    /// A year in four digits (a date field of the `Year` form, `corpus::dates`).
    Year,
    /// A year, a span of years or a length of time (a date field of the `Period` form).
    Period,
    WholeNumber,
    Number,
    Text,
    Bilingual,
    BilingualList,
    PairList,
    IdList,
    SourceList,
    StepList,
    FigureList,
    TextList,
    Profile,
    /// A list (lines starting with `- `) where one text goes.
    ListForText,
    /// One text where a list goes (`tags.en` as `cluster policy, funding`).
    TextForList,
}

impl Shape {
    pub fn code(self) -> &'static str {
        match self {
            Shape::Year => "year",
            Shape::Period => "period",
            Shape::WholeNumber => "whole-number",
            Shape::Number => "number",
            Shape::Text => "text",
            Shape::Bilingual => "bilingual",
            Shape::BilingualList => "bilingual-list",
            Shape::PairList => "pair-list",
            Shape::IdList => "id-list",
            Shape::SourceList => "source-list",
            Shape::StepList => "step-list",
            Shape::FigureList => "figure-list",
            Shape::TextList => "text-list",
            Shape::Profile => "profile",
            Shape::ListForText => "list-for-text",
            Shape::TextForList => "text-for-list",
        }
    }
}
