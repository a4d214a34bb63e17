//! Exact arithmetic on amounts: every sum, difference and product either is exact or is
//! None, never rounded and never a panic (Decimal's operators panic on overflow and
//! round silently when a result has more than 28 digits).
//!
//! Also the reader of numbers as written ([`read`]), which refuses what Decimal would round.

use rust_decimal::Decimal;

use crate::diag::{Code, Diagnostic, Message};
use crate::msg;
use crate::span::Span;

/// The largest number of digits a number may have: Decimal holds every 28-digit
/// mantissa exactly (its maximum, 79228162514264337593543950335, has 29).
pub const MAX_DIGITS: usize = 28;

/// No number in the language reaches 10^15: more digits before the point are refused
/// as out of range (B2004) when the number is read.
pub const MAX_INT_DIGITS: usize = 15;

/// Every amount in a document is below this, in the document's money unit (10^15).
pub fn amount_limit() -> Decimal {
    Decimal::from(1_000_000_000_000_000_i64)
}

/// Why a number as written cannot be read exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Not a plain decimal number (offset of the offending character, reason).
    Invalid(usize, Invalid),
    /// More than [`MAX_INT_DIGITS`] digits before the point: too large for any figure.
    TooLarge,
    /// More than [`MAX_DIGITS`] digits in all: the last decimals would be rounded.
    TooPrecise,
}

/// What makes a text not a plain decimal number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A second `.`.
    SecondPoint,
    /// A thousands separator (`,` or `_`).
    Separator(char),
    /// Another character than a digit.
    NotDigit(char),
    /// No digit at all.
    NoDigits,
}

impl Invalid {
    /// What is wrong, as the label under the character.
    fn label(self) -> Message {
        match self {
            Invalid::SecondPoint => msg!("syntax-b2001-second-point"),
            Invalid::Separator(c) => msg!("syntax-b2001-separator", char = c),
            Invalid::NotDigit(c) => msg!("syntax-b2001-not-digit", char = c),
            Invalid::NoDigits => msg!("syntax-b2001-no-digits"),
        }
    }
}

impl ReadError {
    /// The diagnostic for a number that cannot be read exactly (B2001, B2004, B2002).
    /// `text` is the number as read; when it is not the text of `span` byte for byte (a
    /// full-width number, read as ASCII), the whole span is marked.
    pub fn diagnostic(self, text: &str, span: Span) -> Diagnostic {
        match self {
            ReadError::Invalid(offset, why) => {
                let same = span.end.checked_sub(span.start).and_then(|l| usize::try_from(l).ok()) == Some(text.len());
                let at =
                    if same { Span::new(span.file, span.start as usize + offset, span.end as usize) } else { span };
                Diagnostic::error(Code::B2001, msg!("syntax-b2001-invalid", text = text, reason = why.label()))
                    .primary(at, why.label())
                    .help(msg!("syntax-b2001-invalid-help"))
            }
            ReadError::TooLarge => Diagnostic::error(Code::B2004, msg!("syntax-b2004-too-large", text = text))
                .primary(span, msg!("syntax-b2004-too-large-label"))
                .help(msg!("syntax-b2004-too-large-help")),
            ReadError::TooPrecise => {
                Diagnostic::error(Code::B2002, msg!("syntax-b2002-too-precise", text = text, max = MAX_DIGITS))
                    .primary(span, msg!("syntax-b2002-too-precise-label"))
                    .help(msg!("syntax-b2002-too-precise-help", max = MAX_DIGITS))
            }
        }
    }
}

/// Reads a plain decimal number (`-12.50`) exactly, from its digits: never rounded.
pub fn read(text: &str) -> Result<Decimal, ReadError> {
    let negative = text.starts_with('-');
    let body_start = usize::from(text.starts_with(['-', '+']));
    let mut seen_dot = false;
    let (mut int, mut frac) = (String::new(), String::new());
    for (i, c) in text.char_indices().skip(body_start) {
        match c {
            '0'..='9' if seen_dot => frac.push(c),
            '0'..='9' => int.push(c),
            '.' if !seen_dot => seen_dot = true,
            '.' => return Err(ReadError::Invalid(i, Invalid::SecondPoint)),
            ',' | '_' => return Err(ReadError::Invalid(i, Invalid::Separator(c))),
            _ => return Err(ReadError::Invalid(i, Invalid::NotDigit(c))),
        }
    }
    if int.is_empty() && frac.is_empty() {
        return Err(ReadError::Invalid(0, Invalid::NoDigits));
    }
    let int = int.trim_start_matches('0');
    if int.len() > MAX_INT_DIGITS {
        return Err(ReadError::TooLarge);
    }
    if int.len() + frac.len() > MAX_DIGITS {
        return Err(ReadError::TooPrecise);
    }
    let digits = format!("{int}{frac}");
    let mut mantissa: i128 = 0;
    for d in digits.bytes() {
        mantissa = mantissa * 10 + i128::from(d - b'0');
    }
    if negative {
        mantissa = -mantissa;
    }
    let scale = u32::try_from(frac.len()).map_err(|_| ReadError::TooPrecise)?;
    Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| ReadError::TooLarge)
}

/// A mantissa and scale as a Decimal, without trailing zeros beyond what is needed;
/// None if it cannot be held exactly.
fn exact(mut mantissa: i128, mut scale: u32) -> Option<Decimal> {
    // Drop trailing zeros, only as far as needed to fit.
    while scale > 28 || mantissa.unsigned_abs() >= 1 << 96 {
        if scale == 0 || mantissa % 10 != 0 {
            return None;
        }
        mantissa /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

/// a + b, exact, or None.
pub fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale().max(b.scale());
    let up = |d: Decimal| d.mantissa().checked_mul(10_i128.checked_pow(scale - d.scale())?);
    exact(up(a)?.checked_add(up(b)?)?, scale)
}

/// a − b, exact, or None.
pub fn sub(a: Decimal, b: Decimal) -> Option<Decimal> {
    add(a, -b)
}

/// a × b, exact, or None (Decimal's own product rounds when it has too many digits).
pub fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (a, b) = (a.normalize(), b.normalize());
    exact(a.mantissa().checked_mul(b.mantissa())?, a.scale() + b.scale())
}

/// a ÷ b, rounded as Decimal rounds a quotient (for ratios); None when b is zero or the
/// quotient is too large.
pub fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_div(b)
}

/// The exact sum, or None.
pub fn sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

/// The sum for display: exact whenever `check` accepted the budget (its amounts are
/// below [`amount_limit`] and their grand total was checked, B2005); Decimal::MAX when
/// a budget built otherwise overflows, never a panic.
pub fn total(values: impl IntoIterator<Item = Decimal>) -> Decimal {
    sum(values).unwrap_or(Decimal::MAX)
}

/// a + b for display, saturating like [`total`].
pub fn plus(a: Decimal, b: Decimal) -> Decimal {
    add(a, b).unwrap_or(Decimal::MAX)
}

/// An amount in one money unit converted to another, rounded half-up to 2 decimals (the
/// rule templates declare, `rounding = "half-up"`). Identities are checked on the source
/// values, never on these.
pub fn convert(v: Decimal, from: super::MoneyUnit, to: super::MoneyUnit) -> Decimal {
    use super::MoneyUnit;
    let ten_thousand = Decimal::from(10_000);
    let v = match (from, to) {
        (MoneyUnit::Yuan, MoneyUnit::TenThousandYuan) => v.checked_div(ten_thousand).unwrap_or(v),
        (MoneyUnit::TenThousandYuan, MoneyUnit::Yuan) => v.checked_mul(ten_thousand).unwrap_or(v),
        _ => v,
    };
    let mut v = v.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    if v.scale() < 2 {
        v.rescale(2);
    }
    v
}

/// An amount in one money unit in another, exactly (元 ↔ 万元 is a shift of four decimals);
/// the amount itself if it overflows.
pub fn convert_exact(v: Decimal, from: super::MoneyUnit, to: super::MoneyUnit) -> Decimal {
    use super::MoneyUnit;
    let ten_thousand = Decimal::from(10_000);
    match (from, to) {
        (MoneyUnit::Yuan, MoneyUnit::TenThousandYuan) => div(v, ten_thousand).unwrap_or(v),
        (MoneyUnit::TenThousandYuan, MoneyUnit::Yuan) => mul(v, ten_thousand).unwrap_or(v),
        _ => v,
    }
}

/// `part` as a share of `whole` in per cent, half-up to 2 decimals (None for a zero
/// `whole` or out of range): the rule of every percentage the narrative prints.
pub fn share(part: Decimal, whole: Decimal) -> Option<Decimal> {
    if whole.is_zero() {
        return None;
    }
    let v = div(mul(part, Decimal::ONE_HUNDRED)?, whole)?;
    Some(v.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().expect("decimal")
    }

    #[test]
    fn read_is_exact_or_refuses() {
        assert_eq!(read("286.23"), Ok(d("286.23")));
        assert_eq!(read("286.230").map(|v| v.scale()), Ok(3));
        assert_eq!(read("-1.5"), Ok(d("-1.5")));
        assert_eq!(read("+2"), Ok(d("2")));
        assert_eq!(read(".5"), Ok(d("0.5")));
        assert_eq!(read("000000000000000000000000000000001"), Ok(Decimal::ONE));
        assert_eq!(read("999999999999999.9999999999999"), Ok(d("999999999999999.9999999999999")));
        assert_eq!(read("0.1234567890123456789012345678"), Ok(d("0.1234567890123456789012345678")));
        assert_eq!(read("1000000000000000"), Err(ReadError::TooLarge));
        assert_eq!(read("9999999999999999999999999999.99"), Err(ReadError::TooLarge));
        assert_eq!(read("79228162514264337593543950335"), Err(ReadError::TooLarge));
        assert_eq!(read("12345678901234567890123456789"), Err(ReadError::TooLarge));
        assert_eq!(read("1234567890123.4567890123456789"), Err(ReadError::TooPrecise));
        assert_eq!(read("999999999999999.99999999999999"), Err(ReadError::TooPrecise));
        assert_eq!(read("0.00000000000000000000000000001"), Err(ReadError::TooPrecise));
        assert!(matches!(read("1.2.3"), Err(ReadError::Invalid(3, _))));
        assert!(matches!(read("1,000"), Err(ReadError::Invalid(1, _))));
        assert!(matches!(read("-"), Err(ReadError::Invalid(0, _))));
        assert!(matches!(read("12a"), Err(ReadError::Invalid(2, _))));
    }

    #[test]
    fn add_and_sub_are_exact_or_none() {
        assert_eq!(add(d("1.25"), d("2.5")), Some(d("3.75")));
        assert_eq!(sub(d("1.00"), d("2.50")), Some(d("-1.50")));
        assert_eq!(add(Decimal::MAX, Decimal::ONE), None);
        assert_eq!(sub(Decimal::MIN, Decimal::ONE), None);
        assert_eq!(add(Decimal::MAX, Decimal::MIN), Some(Decimal::ZERO));
        // Fits exactly: 29 digits below Decimal's maximum.
        assert_eq!(add(d("1000000000000000000000000000"), d("0.1")), Some(d("1000000000000000000000000000.1")));
        // Decimal's own checked_add rounds this one; ours refuses it.
        let big = d("70000000000000000000000000000");
        assert_eq!(big.checked_add(d("0.1")), Some(big));
        assert_eq!(add(big, d("0.1")), None);
        assert_eq!(add(d("1.10"), d("2.20")).map(|v| v.scale()), Some(2));
    }

    #[test]
    fn mul_is_exact_or_none() {
        assert_eq!(mul(d("999999999"), d("999999999999999.99")), Some(d("999999998999999990000000.01")));
        assert_eq!(mul(d("0.5"), d("0.01")), Some(d("0.005")));
        assert_eq!(mul(d("40000000000000000000000000000"), d("2")), None);
        assert_eq!(mul(Decimal::MAX, Decimal::MAX), None);
        // 32 significant digits: Decimal's * rounds, ours refuses.
        let x = d("1.1111111111111111");
        assert!(x.checked_mul(x).is_some());
        assert_eq!(mul(x, x), None);
        assert_eq!(mul(d("999999999999.9999"), d("10000")), Some(d("9999999999999999")));
    }

    #[test]
    fn div_by_zero_is_none() {
        assert_eq!(div(Decimal::ONE, Decimal::ZERO), None);
        assert_eq!(div(Decimal::MAX, d("0.1")), None);
        assert_eq!(div(d("1"), d("4")), Some(d("0.25")));
    }

    #[test]
    fn sums_are_exact_or_none_and_totals_saturate() {
        let max = d("999999999999999.99");
        assert_eq!(sum(std::iter::repeat_n(max, 1000)), Some(d("999999999999999990.00")));
        assert_eq!(sum([Decimal::MAX, Decimal::ONE]), None);
        assert_eq!(sum([]), Some(Decimal::ZERO));
        assert_eq!(total([Decimal::MAX, Decimal::MAX]), Decimal::MAX);
        assert_eq!(plus(Decimal::MAX, Decimal::ONE), Decimal::MAX);
        assert_eq!(plus(d("1.5"), d("1.5")), d("3.0"));
    }
}
