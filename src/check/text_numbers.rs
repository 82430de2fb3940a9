//! Numbers typed in texts: each must be the phrasing of a structured outcome or carry its own
//! figure with source data; a frequency that contradicts the outcome it describes is refused.
//!
//! A number is a run of digits not touching a letter (so "CO2" is not one), with a decimal
//! part after `,` in Dutch or `.` in English; a group of three digits after `.` in Dutch or
//! `,` in English is a thousands separator. Numbers written in words are not read.

use super::diagnostic::Findings;
use crate::content::{Figure, OptionGrid, OutcomeKind, Text};

/// One number found in a text, with the denominator when it is phrased "N van de M".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextNumber {
    /// The number.
    pub value: f64,
    /// M in "N van de M", "N op de M", "N out of M", "N of M", "N in M".
    pub of: Option<f64>,
}

/// Words between N and M that make "N … M" a natural frequency.
const OF_WORDS: &[&str] = &["van de", "op de", "out of", "of", "in"];
/// Words between two numbers that make them a range sharing one denominator: "10 tot 12 van de
/// 100".
const RANGE_WORDS: &[&str] = &["tot", "en", "à", "to", "and", "-", "–"];

/// The numbers in `text`, written in language `lang`.
pub fn numbers_in(text: &str, lang: &str) -> Vec<TextNumber> {
    let tokens = tokens(text, lang);
    let mut out: Vec<TextNumber> = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        let (value, end) = tokens[k];
        // "N tot N2 van de M": both share M.
        if let Some(&(second, second_end)) = tokens.get(k + 1) {
            if joined_by(text, end, tokens[k + 1].1, RANGE_WORDS, second) {
                if let Some(of) = denominator_after(text, second_end, &tokens, k + 2) {
                    out.push(TextNumber {
                        value,
                        of: Some(of),
                    });
                    out.push(TextNumber {
                        value: second,
                        of: Some(of),
                    });
                    k += 3;
                    continue;
                }
            }
        }
        if let Some(of) = denominator_after(text, end, &tokens, k + 1) {
            out.push(TextNumber {
                value,
                of: Some(of),
            });
            k += 2;
            continue;
        }
        out.push(TextNumber { value, of: None });
        k += 1;
    }
    out
}

/// The value of token `next` when the text between `end` and it is one of [`OF_WORDS`].
fn denominator_after(text: &str, end: usize, tokens: &[(f64, usize)], next: usize) -> Option<f64> {
    let &(of, of_end) = tokens.get(next)?;
    joined_by(text, end, of_end, OF_WORDS, of).then_some(of)
}

/// Whether the text from `end` up to the number that ends at `next_end` is one of `words`.
fn joined_by(text: &str, end: usize, next_end: usize, words: &[&str], next: f64) -> bool {
    let written_len = number_start(text, next_end);
    let Some(between) = text.get(end..written_len) else {
        return false;
    };
    let between = between.trim().to_lowercase();
    let _ = next;
    words.contains(&between.as_str())
}

/// Start of the number that ends at byte `end`.
fn number_start(text: &str, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 && (bytes[start - 1].is_ascii_digit() || b".,".contains(&bytes[start - 1])) {
        start -= 1;
    }
    while start < end && !bytes[start].is_ascii_digit() {
        start += 1;
    }
    start
}

/// Every number in `text` with the byte offset where it ends.
fn tokens(text: &str, lang: &str) -> Vec<(f64, usize)> {
    let separator = crate::language::Language::from_code(lang)
        .map_or(',', crate::language::Language::decimal_separator);
    let (decimal, thousands) = if separator == '.' {
        (b'.', b',')
    } else {
        (b',', b'.')
    };
    let bytes = text.as_bytes();
    let letter_at = |i: usize| {
        text.get(i..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_alphabetic)
    };
    let letter_before = |i: usize| {
        text.get(..i)
            .and_then(|head| head.chars().next_back())
            .is_some_and(char::is_alphabetic)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while i < bytes.len() {
            let b = bytes[i];
            let next_digits = bytes[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if b.is_ascii_digit() {
                digits.push(b as char);
            } else if b == thousands && next_digits == 3 && !digits.contains('.') {
                // a thousands separator: skip it
            } else if b == decimal && next_digits > 0 && !digits.contains('.') {
                digits.push('.');
            } else {
                break;
            }
            i += 1;
        }
        if letter_before(start) || letter_at(i) {
            continue;
        }
        if let Ok(value) = digits.parse::<f64>() {
            out.push((value, i));
        }
    }
    out
}

/// What a text may say: frequencies (as shares) and plain numbers with a source.
#[derive(Default)]
struct Accounted {
    /// (share, from outcome id) of linked outcome values for the option.
    linked: Vec<(f64, Option<String>)>,
    /// Plain numbers: numerators, denominators, bounds, amounts, periods.
    plain: Vec<f64>,
}

impl Accounted {
    fn add_figures<'a>(&mut self, figures: impl Iterator<Item = &'a Figure>) {
        for figure in figures {
            self.plain.push(figure.shows);
            if let Some(of) = figure.of {
                self.plain.push(f64::from(of));
                self.linked.push((figure.shows / f64::from(of), None));
                for bound in figure.range.into_iter().flatten() {
                    self.linked.push((bound / f64::from(of), None));
                }
            }
            self.plain.extend(figure.range.into_iter().flatten());
            self.plain
                .extend(figure.time_frame.map(|t| f64::from(t.amount)));
        }
    }

    fn add_outcome_values(&mut self, grid: &OptionGrid, outcomes: &[&str], option: Option<&str>) {
        for outcome in grid
            .outcomes
            .iter()
            .filter(|o| outcomes.contains(&o.id.as_str()))
        {
            let values = outcome
                .values
                .iter()
                .filter(|v| option.is_none_or(|o| v.option == o));
            for v in values {
                self.plain.push(f64::from(v.time_frame.amount));
                self.plain.extend(v.range.into_iter().flatten());
                match outcome.kind {
                    OutcomeKind::Event => {
                        let (Some(n), Some(d)) = (v.numerator, v.denominator) else {
                            continue;
                        };
                        let d = f64::from(d.max(1));
                        self.plain.extend([f64::from(n), d]);
                        let id = Some(outcome.id.clone());
                        self.linked.push((f64::from(n) / d, id.clone()));
                        for bound in v.range.into_iter().flatten() {
                            self.linked.push((bound / d, id.clone()));
                        }
                    }
                    OutcomeKind::Continuous => {
                        let Some(value) = v.value else { continue };
                        self.plain.push(value);
                        if let Some([bottom, top]) = outcome.scale {
                            self.plain.extend([bottom, top]);
                            let id = Some(outcome.id.clone());
                            self.linked.push((value / top, id));
                        }
                    }
                }
            }
        }
    }

    fn has_plain(&self, n: f64) -> bool {
        self.plain.iter().any(|p| (p - n).abs() < 1e-9)
    }

    fn has_share(&self, share: f64) -> bool {
        self.linked.iter().any(|(s, _)| (s - share).abs() < 1e-9)
    }

    fn linked_outcome(&self) -> Option<&str> {
        self.linked.iter().find_map(|(_, id)| id.as_deref())
    }
}

/// Check the numbers typed in every patient text that states facts.
pub fn check(grid: &OptionGrid, f: &mut Findings) {
    let all_outcomes: Vec<&str> = grid.outcomes.iter().map(|o| o.id.as_str()).collect();
    let mut top = Accounted::default();
    top.add_figures(grid.figures.iter());
    check_text(
        &grid.condition.description,
        "condition.description",
        &top,
        f,
    );
    check_text(
        &grid.decision.why_a_choice,
        "decision.why_a_choice",
        &top,
        f,
    );
    for (i, option) in grid.options.iter().enumerate() {
        let mut own = Accounted::default();
        own.add_outcome_values(grid, &all_outcomes, Some(&option.id));
        own.add_figures(option.figures.iter());
        let at = |field: &str| format!("options[{i}].{field}");
        check_text(&option.summary, &at("summary"), &own, f);
        for (j, t) in option.benefits.iter().enumerate() {
            check_text(t, &at(&format!("benefits[{j}]")), &own, f);
        }
        for (j, t) in option.harms.iter().enumerate() {
            check_text(t, &at(&format!("harms[{j}]")), &own, f);
        }
        check_text(&option.living_with, &at("living_with"), &own, f);
        for (j, b) in option.burden.iter().enumerate() {
            check_text(&b.text, &at(&format!("burden[{j}].text")), &own, f);
        }
        if let Some(env) = &option.environment {
            check_text(&env.text, &at("environment.text"), &own, f);
        }
        for (j, t) in option.easy.iter().enumerate() {
            check_text(t, &at(&format!("easy[{j}]")), &own, f);
        }
    }
    for (i, outcome) in grid.outcomes.iter().enumerate() {
        let Some(easy) = &outcome.easy else { continue };
        let mut own = Accounted::default();
        own.add_outcome_values(grid, &[outcome.id.as_str()], None);
        check_text(easy, &format!("outcomes[{i}].easy"), &own, f);
    }
    for (i, q) in grid.questions.iter().enumerate() {
        let linked: Vec<&str> = q.outcomes.iter().map(String::as_str).collect();
        let mut row = Accounted::default();
        row.add_outcome_values(grid, &linked, None);
        row.add_figures(q.figures.iter());
        check_text(&q.text, &format!("questions[{i}].text"), &row, f);
        for (option, answer) in &q.answers {
            let mut own = Accounted::default();
            own.add_outcome_values(grid, &linked, Some(option));
            let figures = q
                .figures
                .iter()
                .filter(|fig| fig.option.as_deref().is_none_or(|o| o == option));
            own.add_figures(figures);
            check_text(answer, &format!("questions[{i}].answers.{option}"), &own, f);
        }
    }
}

fn check_text(text: &Text, path: &str, accounted: &Accounted, f: &mut Findings) {
    for (lang, written) in text {
        let at = format!("{path}.{lang}");
        for number in numbers_in(written, lang) {
            let shown = match number.of {
                Some(of) => format!("{}/{}", number.value, of),
                None => number.value.to_string(),
            };
            let fine = match number.of {
                Some(of) if of > 0.0 => accounted.has_share(number.value / of),
                _ => accounted.has_plain(number.value),
            };
            if fine {
                continue;
            }
            match (number.of, accounted.linked_outcome()) {
                (Some(_), Some(outcome)) => f.error(
                    "text-number-contradicts",
                    &at,
                    &[("number", &shown), ("outcome", outcome), ("lang", lang)],
                ),
                _ => f.error(
                    "text-number-unsourced",
                    &at,
                    &[("number", &shown), ("lang", lang)],
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, lang: &str) -> Vec<(f64, Option<f64>)> {
        numbers_in(text, lang)
            .into_iter()
            .map(|n| (n.value, n.of))
            .collect()
    }

    #[test]
    fn frequencies_and_plain_numbers_are_told_apart() {
        assert_eq!(
            found("Bij 5 van de 100 mannen hindert de pijn na 2 jaar.", "nl"),
            [(5.0, Some(100.0)), (2.0, None)]
        );
        assert_eq!(
            found("In 5 out of 100 men, after 2 years.", "en"),
            [(5.0, Some(100.0)), (2.0, None)]
        );
        assert_eq!(
            found("Bij 10 tot 12 van de 100 mannen.", "nl"),
            [(10.0, Some(100.0)), (12.0, Some(100.0))]
        );
        assert_eq!(
            found("Tussen 14 en 42 van de 100 mensen.", "nl"),
            [(14.0, Some(100.0)), (42.0, Some(100.0))]
        );
    }

    #[test]
    fn decimals_thousands_and_words_with_digits() {
        assert_eq!(
            found("0,4 tot 1,3 kg CO2-uitstoot", "nl"),
            [(0.4, None), (1.3, None)]
        );
        assert_eq!(
            found("0.4 to 1.3 kg of CO2", "en"),
            [(0.4, None), (1.3, None)]
        );
        assert_eq!(found("Van 1.000 mensen", "nl"), [(1000.0, None)]);
        assert_eq!(found("Of 1,000 people", "en"), [(1000.0, None)]);
        assert_eq!(found("CO2 en H2O en stap3", "nl"), []);
        assert_eq!(found("Zie 3.", "nl"), [(3.0, None)]);
    }
}
