//! Pictograms drawn for this project (assets/pictures/*.svg): per kind of option, per kind of
//! burden, and for yes / no / not sure. Each comes with its text alternative from Fluent.

use serde::Serialize;

use crate::content::{BurdenAspect, OptionPicture};
use crate::language::Localizer;

/// A pictogram with its text alternative.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Picture {
    /// The SVG document.
    pub svg: &'static str,
    /// What it shows, in words (for `alt`).
    pub alt: String,
}

/// An answer to a yes/no question, as a pictogram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Yes.
    Yes,
    /// No.
    No,
    /// Not sure (yet).
    Unsure,
}

macro_rules! svg {
    ($name:literal) => {
        include_str!(concat!("../../assets/pictures/", $name, ".svg"))
    };
}

fn picture(svg: &'static str, alt_id: &str, l10n: &Localizer) -> Picture {
    Picture {
        svg,
        alt: l10n.text(alt_id),
    }
}

/// The pictogram of a kind of option.
pub fn option_picture(kind: OptionPicture, l10n: &Localizer) -> Picture {
    let (svg, alt) = match kind {
        OptionPicture::Waiting => (svg!("waiting"), "picture-waiting"),
        OptionPicture::Operation => (svg!("operation"), "picture-operation"),
        OptionPicture::Medicine => (svg!("medicine"), "picture-medicine"),
        OptionPicture::Exercise => (svg!("exercise"), "picture-exercise"),
        OptionPicture::Device => (svg!("device"), "picture-device"),
        OptionPicture::Care => (svg!("care"), "picture-care"),
    };
    picture(svg, alt, l10n)
}

/// The pictogram of a kind of burden.
pub fn burden_picture(aspect: BurdenAspect, l10n: &Localizer) -> Picture {
    let (svg, alt) = match aspect {
        BurdenAspect::Visits => (svg!("visits"), "picture-visits"),
        BurdenAspect::Recovery => (svg!("recovery"), "picture-recovery"),
        BurdenAspect::Travel => (svg!("travel"), "picture-travel"),
        BurdenAspect::Work => (svg!("work"), "picture-work"),
        BurdenAspect::Carers => (svg!("carers"), "picture-carers"),
        BurdenAspect::Costs => (svg!("costs"), "picture-costs"),
        BurdenAspect::DailyLife => (svg!("daily-life"), "picture-daily-life"),
    };
    picture(svg, alt, l10n)
}

/// The pictogram of the environment.
pub fn environment_picture(l10n: &Localizer) -> Picture {
    picture(svg!("environment"), "picture-environment", l10n)
}

/// The pictogram of an answer.
pub fn answer_picture(answer: Answer, l10n: &Localizer) -> Picture {
    let (svg, alt) = match answer {
        Answer::Yes => (svg!("yes"), "picture-yes"),
        Answer::No => (svg!("no"), "picture-no"),
        Answer::Unsure => (svg!("unsure"), "picture-unsure"),
    };
    picture(svg, alt, l10n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn every_picture_is_an_svg_with_a_text_alternative_in_every_language() {
        for language in Language::ALL {
            let l10n = Localizer::new(language);
            let mut all: Vec<Picture> = [
                OptionPicture::Waiting,
                OptionPicture::Operation,
                OptionPicture::Medicine,
                OptionPicture::Exercise,
                OptionPicture::Device,
                OptionPicture::Care,
            ]
            .into_iter()
            .map(|p| option_picture(p, &l10n))
            .collect();
            all.push(environment_picture(&l10n));
            all.push(burden_picture(BurdenAspect::Visits, &l10n));
            all.push(answer_picture(Answer::Unsure, &l10n));
            for p in all {
                assert!(
                    p.svg.contains("<svg") && p.svg.contains("viewBox"),
                    "{}",
                    p.alt
                );
                assert!(!p.alt.is_empty() && !p.alt.starts_with('['), "{}", p.alt);
                assert!(!p.svg.contains("<script") && !p.svg.contains("href"));
            }
        }
    }
}
