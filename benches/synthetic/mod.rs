//! A synthetic library at guideline scale, for the benchmarks: `modules` option grids over
//! `guidelines` guidelines, written as real grid files that pass the checker. No network.
//!
//! Module `m` belongs to guideline `m % guidelines` (`[guideline]`, version 1.0).
//! Each module is one of the eight built-in grids (format 2, so every number still carries
//! its source's figure) with a new id and a new condition: a Dutch and English name (the guideline's topic,
//! then the grid's own condition), synonyms and complaints drawn from the built-in grids'
//! vocabulary.
//! Generated as grid files rather than straight into the catalogue's index, so that building
//! and installing the bundle exercise the real path (signature, integrity, the checker on
//! every grid, one transaction) and the numbers measure what a guideline group would wait for.

use keuzehulp::library::Library;
use toml::{Table, Value};

/// A small deterministic random source (xorshift64*), so every run writes the same library.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &'a [String]) -> &'a String {
        &from[self.below(from.len())]
    }
}

/// The words people use in the built-in grids, per language.
struct Vocabulary {
    synonyms: Vec<String>,
    complaints: Vec<String>,
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn vocabulary(grids: &[Table], lang: &str) -> Vocabulary {
    let mut vocabulary = Vocabulary {
        synonyms: Vec::new(),
        complaints: Vec::new(),
    };
    for grid in grids {
        let condition = &grid["condition"];
        let field = |name: &str| condition.get(name).and_then(|v| v.get(lang));
        vocabulary.synonyms.extend(strings(field("synonyms")));
        vocabulary.complaints.extend(strings(field("complaints")));
    }
    vocabulary
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn distinct(mut list: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::BTreeSet::new();
    list.retain(|t| seen.insert(t.to_lowercase()));
    list
}

/// `(file name, grid text)` of `modules` grids spread over `guidelines` guidelines.
pub fn library(modules: usize, guidelines: usize) -> Vec<(String, String)> {
    let templates: Vec<(String, Table)> = Library::builtin_files()
        .iter()
        .map(|(name, text)| {
            let table: Table = toml::from_str(text).expect("built-in grids are TOML");
            (name.trim_end_matches(".toml").to_owned(), table)
        })
        .collect();
    let tables: Vec<Table> = templates.iter().map(|(_, t)| t.clone()).collect();
    let words = [
        ("nl", vocabulary(&tables, "nl")),
        ("en", vocabulary(&tables, "en")),
    ];
    let mut dice = Dice(0x0005_EED0_F650);
    // A guideline's topic: a synonym of the built-in content, e.g. "gebroken pols".
    let topics: Vec<[String; 2]> = (0..guidelines)
        .map(|_| {
            let i = dice.below(words[0].1.synonyms.len());
            let j = dice.below(words[1].1.synonyms.len());
            [
                words[0].1.synonyms[i].clone(),
                words[1].1.synonyms[j].clone(),
            ]
        })
        .collect();
    (0..modules)
        .map(|m| {
            let guideline = m % guidelines;
            let (template_id, template) = &templates[m % templates.len()];
            let mut grid = template.clone();
            let id = format!("r{guideline:03}-m{:02}-{template_id}", m / guidelines);
            grid.insert("id".into(), Value::String(id.clone()));
            let condition = grid
                .get_mut("condition")
                .and_then(Value::as_table_mut)
                .expect("a condition");
            for (k, (lang, vocabulary)) in words.iter().enumerate() {
                let topic = &topics[guideline][k];
                let base = template["condition"]["name"][*lang]
                    .as_str()
                    .unwrap_or_default();
                let name = format!("{}: {}", capitalised(topic), base.to_lowercase());
                let synonyms = distinct(
                    std::iter::once(topic.clone())
                        .chain(
                            (0..2 + dice.below(4)).map(|_| dice.pick(&vocabulary.synonyms).clone()),
                        )
                        .collect(),
                );
                let complaints = distinct(
                    (0..2 + dice.below(4))
                        .map(|_| dice.pick(&vocabulary.complaints).clone())
                        .collect(),
                );
                let set = |condition: &mut Table, field: &str, value: Value| {
                    if let Some(map) = condition.get_mut(field).and_then(Value::as_table_mut) {
                        map.insert((*lang).into(), value);
                    }
                };
                set(condition, "name", Value::String(name));
                let list =
                    |l: Vec<String>| Value::Array(l.into_iter().map(Value::String).collect());
                set(condition, "synonyms", list(synonyms));
                set(condition, "complaints", list(complaints));
            }
            let mut guideline_table = Table::new();
            let topic = capitalised(&topics[guideline][0]);
            for (key, value) in [
                ("id", format!("richtlijn-{guideline:03}")),
                ("name", topic.clone()),
                ("group", "Synthetische richtlijngroep".to_owned()),
                ("version", "1.0".to_owned()),
            ] {
                guideline_table.insert(key.into(), Value::String(value));
            }
            guideline_table.insert(
                "date".into(),
                Value::Datetime("2026-01-15".parse().expect("a date")),
            );
            grid.insert("guideline".into(), Value::Table(guideline_table));
            let text = toml::to_string(&grid).expect("serialises");
            (format!("{id}.toml"), text)
        })
        .collect()
}
