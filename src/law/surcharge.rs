//! What the merchant owes on top of a late refund, by operation of law: the bands of
//! FR C. conso. L241-4 (late refund after a résolution for non-delivery, in two versions) and
//! L242-4 (late refund after a withdrawal, capped at the product price).
//!
//! A band is the number of days late (counted from the day after the refund deadline) up to which
//! a rate applies. Band edges follow the texts ("at most 14 days after", "between 10 and 20
//! days"); how a refund falling exactly on an edge is judged is flagged *verify* in the sources,
//! so front ends show the rate as "at least".

use rust_decimal::Decimal;
use serde::Serialize;

/// One band: up to `max_days_late` days late (inclusive), the rate in percent of the sums paid;
/// `None` as rate means the legal interest rate (not computed: it changes each half-year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Band {
    /// The last day late this band covers; `None` for the last, open band.
    pub max_days_late: Option<u32>,
    /// The rate in percent, or `None` for the legal interest rate.
    pub percent: Option<u32>,
}

/// An increase schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Surcharge {
    /// The bands, in order.
    pub bands: &'static [Band],
    /// Beyond the last band: further points per started month of delay (L242-4: +5).
    pub points_per_further_month: Option<u32>,
    /// The increase may not exceed the price of the product (L242-4).
    pub capped_at_price: bool,
}

impl Surcharge {
    /// The rate in percent for a refund `days_late` days after the deadline (`days_late` ≥ 1);
    /// `None` while within a legal-interest band or when not late.
    pub fn percent(&self, days_late: i64) -> Option<u32> {
        if days_late < 1 {
            return None;
        }
        let late = u32::try_from(days_late).unwrap_or(u32::MAX);
        let mut last_edge = 0;
        let mut last_rate = None;
        for band in self.bands {
            match band.max_days_late {
                Some(max) if late <= max => return band.percent,
                Some(max) => {
                    last_edge = max;
                    last_rate = band.percent;
                }
                None => return band.percent,
            }
        }
        // Beyond the last closed band: +points per started month of further delay.
        let points = self.points_per_further_month?;
        let further = late.saturating_sub(last_edge);
        let months = further.div_ceil(30);
        Some(
            last_rate
                .unwrap_or(0)
                .saturating_add(points.saturating_mul(months)),
        )
    }

    /// The last day late of the band `days_late` falls in (when the rate next rises), if any.
    pub fn band_end(&self, days_late: i64) -> Option<u32> {
        let late = u32::try_from(days_late.max(1)).unwrap_or(u32::MAX);
        for band in self.bands {
            match band.max_days_late {
                Some(max) if late <= max => return Some(max),
                Some(_) => {}
                None => return None,
            }
        }
        let last_edge = self.bands.last().and_then(|b| b.max_days_late)?;
        self.points_per_further_month?;
        let further = late.saturating_sub(last_edge);
        Some(last_edge.saturating_add(further.div_ceil(30).max(1).saturating_mul(30)))
    }

    /// The increase on `base` at `percent`, capped at `price` when the rule says so.
    pub fn amount(&self, base: Decimal, percent: u32, price: Decimal) -> Decimal {
        let raw = (base * Decimal::from(percent) / Decimal::from(100)).round_dp(2);
        if self.capped_at_price && raw > price {
            price
        } else {
            raw
        }
    }
}

/// L241-4 for contracts concluded from 1 Jan 2022: +10 % up to 14 days late, +20 % up to 30,
/// +50 % beyond.
pub const FR_L241_4: Surcharge = Surcharge {
    bands: &[
        Band {
            max_days_late: Some(14),
            percent: Some(10),
        },
        Band {
            max_days_late: Some(30),
            percent: Some(20),
        },
        Band {
            max_days_late: None,
            percent: Some(50),
        },
    ],
    points_per_further_month: None,
    capped_at_price: false,
};

/// L241-4 before 1 Jan 2022: +10 % up to 30 days late, +20 % up to 60, +50 % beyond.
pub const FR_L241_4_PRE_2022: Surcharge = Surcharge {
    bands: &[
        Band {
            max_days_late: Some(30),
            percent: Some(10),
        },
        Band {
            max_days_late: Some(60),
            percent: Some(20),
        },
        Band {
            max_days_late: None,
            percent: Some(50),
        },
    ],
    points_per_further_month: None,
    capped_at_price: false,
};

/// L242-4: legal interest up to 10 days late, 5 % up to 20, 10 % up to 30, 20 % up to 60,
/// 50 % up to 90, then 5 more points per further month, capped at the product price.
pub const FR_L242_4: Surcharge = Surcharge {
    bands: &[
        Band {
            max_days_late: Some(10),
            percent: None,
        },
        Band {
            max_days_late: Some(20),
            percent: Some(5),
        },
        Band {
            max_days_late: Some(30),
            percent: Some(10),
        },
        Band {
            max_days_late: Some(60),
            percent: Some(20),
        },
        Band {
            max_days_late: Some(90),
            percent: Some(50),
        },
    ],
    points_per_further_month: Some(5),
    capped_at_price: true,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn l241_4_bands_at_their_edges() {
        assert_eq!(FR_L241_4.percent(0), None);
        assert_eq!(FR_L241_4.percent(1), Some(10));
        assert_eq!(FR_L241_4.percent(14), Some(10));
        assert_eq!(FR_L241_4.percent(15), Some(20));
        assert_eq!(FR_L241_4.percent(30), Some(20));
        assert_eq!(FR_L241_4.percent(31), Some(50));
        assert_eq!(FR_L241_4_PRE_2022.percent(30), Some(10));
        assert_eq!(FR_L241_4_PRE_2022.percent(31), Some(20));
        assert_eq!(FR_L241_4_PRE_2022.percent(61), Some(50));
    }

    #[test]
    fn l242_4_bands_and_further_months() {
        assert_eq!(FR_L242_4.percent(10), None);
        assert_eq!(FR_L242_4.percent(11), Some(5));
        assert_eq!(FR_L242_4.percent(21), Some(10));
        assert_eq!(FR_L242_4.percent(31), Some(20));
        assert_eq!(FR_L242_4.percent(90), Some(50));
        assert_eq!(FR_L242_4.percent(91), Some(55));
        assert_eq!(FR_L242_4.percent(120), Some(55));
        assert_eq!(FR_L242_4.percent(121), Some(60));
        assert_eq!(FR_L242_4.band_end(95), Some(120));
    }

    #[test]
    fn amounts_round_to_cents_and_l242_4_is_capped() {
        let price = Decimal::new(119_900, 2);
        assert_eq!(FR_L241_4.amount(price, 10, price), Decimal::new(11_990, 2));
        assert_eq!(FR_L242_4.amount(price, 300, price), price);
        assert_eq!(
            FR_L241_4.amount(price, 300, price),
            Decimal::new(359_700, 2)
        );
    }
}
