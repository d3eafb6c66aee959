//! WCAG 2.2 contrast: the ratio between two colours' relative luminance, and
//! every pairing of the panels' palette that the screens draw, with the
//! minimum each needs (1.4.3 text, 1.4.11 controls and graphics).

use bevy_egui::egui::Color32;

use super::theme::Palette;

/// Normal text (under 18 pt, or 14 pt bold) needs this against its ground.
pub const TEXT: f32 = 4.5;
/// Large text, a control's edge or fill, and graphics needed to read a chart.
pub const NON_TEXT: f32 = 3.0;

/// The relative luminance of an sRGB colour (alpha ignored).
pub fn luminance(colour: Color32) -> f32 {
    let channel = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(colour.r()) + 0.7152 * channel(colour.g()) + 0.0722 * channel(colour.b())
}

/// The contrast ratio, 1 to 21, whichever colour is lighter.
pub fn ratio(a: Color32, b: Color32) -> f32 {
    let (a, b) = (luminance(a), luminance(b));
    let (light, dark) = if a > b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// `top` as seen over the opaque `ground` (cards are slightly translucent).
pub fn over(top: Color32, ground: Color32) -> Color32 {
    let [r, g, b, a] = top.to_srgba_unmultiplied();
    let alpha = f32::from(a) / 255.0;
    let mix = |t: u8, u: u8| (f32::from(t) * alpha + f32::from(u) * (1.0 - alpha)).round() as u8;
    Color32::from_rgb(mix(r, ground.r()), mix(g, ground.g()), mix(b, ground.b()))
}

/// One thing drawn on one ground, and the contrast it needs.
#[derive(Clone, Debug)]
pub struct Pairing {
    pub what: String,
    pub colour: Color32,
    pub ground: Color32,
    pub needs: f32,
}

/// Every pairing of the palette the screens draw.
pub fn pairings(palette: &Palette) -> Vec<Pairing> {
    let page = palette.panel;
    let card = over(palette.card, page);
    let mut all = Vec::new();
    let mut add = |what: &str, colour: Color32, ground: Color32, needs: f32| {
        all.push(Pairing {
            what: what.to_owned(),
            colour,
            ground,
            needs,
        });
    };
    for (ground_name, ground) in [("page", page), ("card", card)] {
        add(
            &format!("text on the {ground_name}"),
            palette.text,
            ground,
            TEXT,
        );
        add(
            &format!("quiet text (dates, hints, placeholders) on the {ground_name}"),
            palette.weak,
            ground,
            TEXT,
        );
        add(
            &format!("accent text (seen, unlocked) on the {ground_name}"),
            palette.accent,
            ground,
            TEXT,
        );
        add(
            &format!("a problem on the {ground_name}"),
            palette.problem,
            ground,
            TEXT,
        );
        for (i, partner) in palette.partner.iter().enumerate() {
            add(
                &format!("partner {}'s name on the {ground_name}", i + 1),
                *partner,
                ground,
                TEXT,
            );
        }
        add(
            &format!("a control's edge on the {ground_name}"),
            palette.edge,
            ground,
            NON_TEXT,
        );
        add(
            &format!("a primary button's fill on the {ground_name}"),
            palette.accent,
            ground,
            NON_TEXT,
        );
        for (i, shade) in palette.heat.iter().enumerate() {
            add(
                &format!("calendar shade {} on the {ground_name}", i + 1),
                *shade,
                ground,
                NON_TEXT,
            );
        }
    }
    add(
        "a primary button's text and the open tab's",
        palette.accent_text,
        palette.accent,
        TEXT,
    );
    add(
        "a button's text on a card-coloured button",
        palette.text,
        card,
        TEXT,
    );
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ratio_matches_wcag_reference_values() {
        assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((ratio(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the classic 4.54:1.
        let grey = Color32::from_rgb(0x76, 0x76, 0x76);
        assert!((ratio(grey, Color32::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_pairing_of_both_themes_meets_wcag_aa() {
        let mut failures = Vec::new();
        for dark in [false, true] {
            for pairing in pairings(&Palette::of(dark)) {
                let got = ratio(pairing.colour, pairing.ground);
                if got < pairing.needs {
                    failures.push(format!(
                        "{} theme: {} is {got:.2}:1, needs {}:1",
                        if dark { "dark" } else { "light" },
                        pairing.what,
                        pairing.needs
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
