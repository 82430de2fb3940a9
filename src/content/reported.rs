//! What a source reports, as numbers a program can recompute: the shape of a [`Reported`]
//! figure, the proportion it stands for, and the rounding rule that turns it into the natural
//! frequency or amount a patient reads.
//!
//! The rounding rule: `proportion × denominator`, rounded half up to a whole number, must equal
//! the numerator shown; an amount shown must equal the reported amount rounded to the decimals
//! shown. Time frames are compared in the time frame's own unit, rounded half up.

use super::model::{Reported, TimeFrame, TimeUnit};

/// Slack for floating-point arithmetic on figures that are exact in decimal.
const EPSILON: f64 = 1e-9;

/// Which kind of amount a [`Shape::Amount`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountKind {
    /// A mean.
    Mean,
    /// A median.
    Median,
    /// Any other amount.
    Value,
}

/// The one shape a reported figure has.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// `events` of `of` people.
    Count { events: u32, of: u32 },
    /// A percentage, with the group size when given.
    Percent { percent: f64, of: Option<u32> },
    /// `frequency` per `per` people.
    Frequency { frequency: f64, per: f64 },
    /// `rate` per `per` people per `per_time`.
    Rate {
        rate: f64,
        per: f64,
        per_time: TimeFrame,
    },
    /// A mean, median or other amount.
    Amount { kind: AmountKind, value: f64 },
}

/// Why a reported figure has no single shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShapeError {
    /// No figure at all.
    Empty,
    /// Fields of more than one shape (named).
    Mixed(Vec<&'static str>),
    /// A shape with a field it needs missing (named).
    Incomplete(&'static str),
    /// A figure that cannot be: negative, not finite, events above the group, a zero group.
    Impossible,
}

impl Reported {
    /// The shape of this figure, or why it has none.
    pub fn shape(&self) -> Result<Shape, ShapeError> {
        let heads: Vec<&'static str> = [
            ("events", self.events.is_some()),
            ("percent", self.percent.is_some()),
            ("frequency", self.frequency.is_some()),
            ("rate", self.rate.is_some()),
            ("mean", self.mean.is_some()),
            ("median", self.median.is_some()),
            ("value", self.value.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, set)| set.then_some(name))
        .collect();
        let shape = match heads.as_slice() {
            [] => return Err(ShapeError::Empty),
            ["events"] => Shape::Count {
                events: self.events.unwrap_or_default(),
                of: self.of.ok_or(ShapeError::Incomplete("of"))?,
            },
            ["percent"] => Shape::Percent {
                percent: self.percent.unwrap_or_default(),
                of: self.of,
            },
            ["frequency"] => Shape::Frequency {
                frequency: self.frequency.unwrap_or_default(),
                per: self.per.ok_or(ShapeError::Incomplete("per"))?,
            },
            ["rate"] => Shape::Rate {
                rate: self.rate.unwrap_or_default(),
                per: self.per.ok_or(ShapeError::Incomplete("per"))?,
                per_time: self.per_time.ok_or(ShapeError::Incomplete("per_time"))?,
            },
            ["mean"] => amount(AmountKind::Mean, self.mean),
            ["median"] => amount(AmountKind::Median, self.median),
            ["value"] => amount(AmountKind::Value, self.value),
            more => return Err(ShapeError::Mixed(more.to_vec())),
        };
        if shape.is_possible() {
            Ok(shape)
        } else {
            Err(ShapeError::Impossible)
        }
    }
}

fn amount(kind: AmountKind, value: Option<f64>) -> Shape {
    Shape::Amount {
        kind,
        value: value.unwrap_or_default(),
    }
}

impl Shape {
    fn is_possible(&self) -> bool {
        let fine = |x: f64| x.is_finite() && x >= 0.0;
        match *self {
            Shape::Count { events, of } => of > 0 && events <= of,
            Shape::Percent { percent, .. } => fine(percent) && percent <= 100.0,
            Shape::Frequency { frequency, per } => fine(frequency) && per > 0.0 && frequency <= per,
            Shape::Rate {
                rate,
                per,
                per_time,
            } => fine(rate) && per > 0.0 && per_time.amount > 0,
            Shape::Amount { value, .. } => value.is_finite(),
        }
    }

    /// The share of people with the event over `time_frame` (the period shown), for the
    /// shapes that count people; `None` for amounts.
    pub fn proportion(&self, time_frame: TimeFrame) -> Option<f64> {
        Some(match *self {
            Shape::Count { events, of } => f64::from(events) / f64::from(of),
            Shape::Percent { percent, .. } => percent / 100.0,
            Shape::Frequency { frequency, per } => frequency / per,
            Shape::Rate {
                rate,
                per,
                per_time,
            } => rate / per * months(time_frame) / months(per_time),
            Shape::Amount { .. } => return None,
        })
    }

    /// How a reported interval bound becomes a proportion: percent for counts and
    /// percentages, per `per` for frequencies and rates (over `time_frame`).
    pub fn interval_proportion(&self, bound: f64, time_frame: TimeFrame) -> Option<f64> {
        Some(match *self {
            Shape::Count { .. } | Shape::Percent { .. } => bound / 100.0,
            Shape::Frequency { per, .. } => bound / per,
            Shape::Rate { per, per_time, .. } => {
                bound / per * months(time_frame) / months(per_time)
            }
            Shape::Amount { .. } => return None,
        })
    }

    /// The number the source prints first: the events, the percentage, the frequency, the
    /// rate or the amount. A number typed in a text without "of M" must be this one.
    pub fn headline(&self) -> f64 {
        match *self {
            Shape::Count { events, .. } => f64::from(events),
            Shape::Percent { percent, .. } => percent,
            Shape::Frequency { frequency, .. } => frequency,
            Shape::Rate { rate, .. } => rate,
            Shape::Amount { value, .. } => value,
        }
    }

    /// Whether this figure is a rate, whose time frame the author chooses.
    pub fn is_rate(&self) -> bool {
        matches!(self, Shape::Rate { .. })
    }
}

/// Round half up to a whole number: 4.5 → 5, 4.49 → 4.
pub fn round_half_up(x: f64) -> f64 {
    (x + 0.5 + EPSILON).floor()
}

/// The whole number of people out of `denominator` that `proportion` gives, by the rule.
pub fn natural_frequency(proportion: f64, denominator: u32) -> u32 {
    round_half_up(proportion * f64::from(denominator)).max(0.0) as u32
}

/// Decimals in the shortest way of writing `x`: 79 → 0, 79.4 → 1, 0.25 → 2.
pub fn decimals(x: f64) -> usize {
    let written = format!("{x}");
    written.split_once('.').map_or(0, |(_, d)| d.len())
}

/// Whether `shown` is `reported` rounded to the decimals `shown` is written with.
pub fn rounds_to(reported: f64, shown: f64) -> bool {
    let step = 10f64.powi(-(decimals(shown) as i32));
    (reported - shown).abs() <= step / 2.0 + EPSILON
}

/// Length of a period in months (a year is 12, a week 7/30.4375 months, a day 1/30.4375).
pub fn months(time: TimeFrame) -> f64 {
    in_months(f64::from(time.amount), time.unit)
}

/// `amount` of `unit` in months.
pub fn in_months(amount: f64, unit: TimeUnit) -> f64 {
    const DAYS_PER_MONTH: f64 = 30.4375;
    match unit {
        TimeUnit::Days => amount / DAYS_PER_MONTH,
        TimeUnit::Weeks => amount * 7.0 / DAYS_PER_MONTH,
        TimeUnit::Months => amount,
        TimeUnit::Years => amount * 12.0,
    }
}

/// Whether a time frame shown is the follow-up `amount` of `unit`, expressed in the time
/// frame's unit and rounded half up (18 months shows as 18 months, or as 2 years).
pub fn same_period(shown: TimeFrame, amount: f64, unit: TimeUnit) -> bool {
    let in_shown_unit = in_months(amount, unit) / in_months(1.0, shown.unit);
    round_half_up(in_shown_unit) == f64::from(shown.amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(amount: u32) -> TimeFrame {
        TimeFrame {
            amount,
            unit: TimeUnit::Years,
        }
    }

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(round_half_up(4.5), 5.0);
        assert_eq!(round_half_up(4.49), 4.0);
        assert_eq!(round_half_up(0.5), 1.0);
        assert_eq!(natural_frequency(0.051, 100), 5);
        assert_eq!(natural_frequency(3.0 / 80.0, 100), 4);
        assert_eq!(natural_frequency(0.185, 100), 19);
    }

    #[test]
    fn shapes_are_exactly_one() {
        let count = Reported {
            events: Some(3),
            of: Some(80),
            ..Default::default()
        };
        assert_eq!(count.shape(), Ok(Shape::Count { events: 3, of: 80 }));
        let mixed = Reported {
            events: Some(3),
            percent: Some(4.0),
            of: Some(80),
            ..Default::default()
        };
        assert_eq!(
            mixed.shape(),
            Err(ShapeError::Mixed(vec!["events", "percent"]))
        );
        let no_group = Reported {
            events: Some(3),
            ..Default::default()
        };
        assert_eq!(no_group.shape(), Err(ShapeError::Incomplete("of")));
        let too_many = Reported {
            events: Some(90),
            of: Some(80),
            ..Default::default()
        };
        assert_eq!(too_many.shape(), Err(ShapeError::Impossible));
        assert_eq!(Reported::default().shape(), Err(ShapeError::Empty));
    }

    #[test]
    fn a_rate_scales_with_the_period_shown() {
        let rate = Shape::Rate {
            rate: 1.8,
            per: 1000.0,
            per_time: years(1),
        };
        let per_year = rate.proportion(years(1)).unwrap();
        assert_eq!(natural_frequency(per_year, 1000), 2);
        assert_eq!(
            natural_frequency(rate.proportion(years(4)).unwrap(), 1000),
            7
        );
    }

    #[test]
    fn amounts_round_to_the_decimals_shown() {
        assert!(rounds_to(79.4, 79.0));
        assert!(!rounds_to(79.6, 79.0));
        assert!(rounds_to(0.84, 0.8));
        assert!(!rounds_to(0.84, 0.85));
        assert_eq!(decimals(0.25), 2);
    }

    #[test]
    fn periods_compare_in_the_unit_shown() {
        let months = |amount| TimeFrame {
            amount,
            unit: TimeUnit::Months,
        };
        assert!(same_period(years(1), 12.0, TimeUnit::Months));
        assert!(same_period(months(90), 7.5, TimeUnit::Years));
        assert!(!same_period(years(7), 7.5, TimeUnit::Years));
        assert!(!same_period(years(3), 6.0, TimeUnit::Months));
        assert!(same_period(months(6), 26.0, TimeUnit::Weeks));
    }
}
