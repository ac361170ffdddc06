//! The one palette all charts share, in a light and a dark variant.
//!
//! Mark colours come from the Okabe–Ito palette, which stays distinct for the
//! common forms of colour blindness. Each was checked against its background:
//! text at least 4.5:1, marks at least 3:1 (WCAG 2.1 AA).

use plotters::style::RGBColor;

use super::marks::Role;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub baseline: RGBColor,
    pub normal: RGBColor,
    pub negative: RGBColor,
    pub highlight: RGBColor,
    pub region: RGBColor,
    /// The font stack of the page, so canvas text matches the HTML around it.
    pub font: &'static str,
}

/// The page's font stack (style/main.css), the family name charts ask plotters for.
pub const FONT_STACK: &str = "'Noto Sans', 'Segoe UI', Roboto, Arial, sans-serif";

impl Theme {
    /// On white: blue 5.2:1, vermillion 4.8:1, bluish green 4.5:1; text 15.7:1, muted 7.6:1.
    pub const LIGHT: Theme = Theme {
        background: RGBColor(0xff, 0xff, 0xff),
        text: RGBColor(0x1b, 0x24, 0x2e),
        muted: RGBColor(0x4a, 0x55, 0x61),
        grid: RGBColor(0xdd, 0xe2, 0xe8),
        baseline: RGBColor(0x4a, 0x55, 0x61),
        normal: RGBColor(0x00, 0x72, 0xb2),
        negative: RGBColor(0xc0, 0x4f, 0x00),
        highlight: RGBColor(0x00, 0x87, 0x5f),
        region: RGBColor(0xa1, 0x4f, 0x86),
        font: FONT_STACK,
    };

    /// On #14191f: sky blue 7.7:1, orange 7.8:1, bluish green 7.5:1; text 14.9:1, muted 9.3:1.
    pub const DARK: Theme = Theme {
        background: RGBColor(0x14, 0x19, 0x1f),
        text: RGBColor(0xe8, 0xec, 0xf0),
        muted: RGBColor(0xb4, 0xbd, 0xc7),
        grid: RGBColor(0x33, 0x3d, 0x48),
        baseline: RGBColor(0xb4, 0xbd, 0xc7),
        normal: RGBColor(0x56, 0xb4, 0xe9),
        negative: RGBColor(0xe6, 0x9f, 0x00),
        highlight: RGBColor(0x00, 0xc0, 0x8b),
        region: RGBColor(0xcc, 0x79, 0xa7),
        font: FONT_STACK,
    };

    pub fn color(&self, role: Role) -> RGBColor {
        match role {
            Role::Normal => self.normal,
            Role::Negative => self.negative,
            Role::Highlight => self.highlight,
            Role::Region => self.region,
        }
    }

    /// The fill of an estimate: the mark colour mixed into the background.
    pub fn tint(&self, role: Role) -> RGBColor {
        let (c, b) = (self.color(role), self.background);
        let mix = |c: u8, b: u8| ((u16::from(c) * 3 + u16::from(b) * 7) / 10) as u8;
        RGBColor(mix(c.0, b.0), mix(c.1, b.1), mix(c.2, b.2))
    }

    /// `#rrggbb`, for the HTML legend and tooltips.
    pub fn css(color: RGBColor) -> String {
        format!("#{:02x}{:02x}{:02x}", color.0, color.1, color.2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(c: RGBColor) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }

    fn contrast(a: RGBColor, b: RGBColor) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn text_and_marks_meet_wcag_aa_in_both_themes() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            assert!(contrast(theme.text, theme.background) >= 4.5);
            assert!(contrast(theme.muted, theme.background) >= 4.5);
            for role in [Role::Normal, Role::Negative, Role::Highlight, Role::Region] {
                let c = contrast(theme.color(role), theme.background);
                assert!(c >= 3.0, "{role:?} has contrast {c:.2} in {theme:?}");
            }
        }
    }

    /// The page's stylesheet, whose custom properties the charts' palette must match.
    const STYLESHEET: &str = include_str!("../../../style/main.css");

    /// The page's colours, `--name: light-dark(#light, #dark)` in the stylesheet's `:root`.
    fn stylesheet_colours(name: &str) -> Option<(String, String)> {
        let declaration = format!("--{name}:");
        let start = STYLESHEET.find(&declaration)? + declaration.len();
        let value = STYLESHEET[start..].split(';').next()?.trim();
        let (light, dark) = value.strip_prefix("light-dark(")?.strip_suffix(')')?.split_once(',')?;
        Some((light.trim().to_ascii_lowercase(), dark.trim().to_ascii_lowercase()))
    }

    /// A chart is drawn on a card's surface in the page's text colours and font: were the two
    /// palettes to drift, a canvas would show as a box of another colour in its card.
    #[test]
    fn charts_and_the_stylesheet_share_their_colours() {
        let (light, dark) = (Theme::LIGHT, Theme::DARK);
        for (name, ours) in [
            ("surface", (light.background, dark.background)),
            ("text", (light.text, dark.text)),
            ("muted", (light.muted, dark.muted)),
        ] {
            let ours = (Theme::css(ours.0), Theme::css(ours.1));
            assert_eq!(stylesheet_colours(name), Some(ours), "--{name}");
        }
        assert!(
            STYLESHEET.contains(&format!("--font: {FONT_STACK};")),
            "the page's font stack"
        );
    }
}
