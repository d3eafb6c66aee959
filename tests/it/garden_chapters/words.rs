//! The chapters in the couple's language: built-in chapters are translated
//! (levels.ftl), their English is the level files' own words, and a chapter
//! the couple wrote themselves keeps its words.

use trust_garden::garden::chapters::{embedded, parse_level, suggest_today};
use trust_garden::i18n::{self, Lang, scoped};

use super::couple::{Couple, journey, start_of};

/// The level files stay the English source (and the format people copy):
/// levels.ftl's English must say exactly what they say, so the two cannot drift.
#[test]
fn the_english_messages_are_the_level_files_words() {
    for chapter in embedded() {
        let written = [
            ("title", Some(chapter.title.clone())),
            ("story", Some(chapter.story.clone())),
            ("to-hurt", chapter.to_hurt.clone()),
            ("to-caused", chapter.to_caused.clone()),
        ];
        for (part, text) in written {
            let key = format!("chapter-{}-{part}", chapter.id);
            let english = scoped(Lang::En, || i18n::message(&key, None));
            let text = text.unwrap_or_else(|| panic!("{} has no {part}", chapter.id));
            assert_eq!(
                english, text,
                "assets/locales/en/levels.ftl: {key} differs from levels/ (or is missing)"
            );
            for lang in [Lang::De, Lang::Es] {
                let translated = scoped(lang, || i18n::message(&key, None));
                assert_ne!(translated, text, "{key} is not translated to {lang:?}");
            }
        }
        scoped(Lang::En, || {
            assert_eq!(chapter.title(), chapter.title);
            assert_eq!(chapter.story(), chapter.story);
            assert_eq!(chapter.to_hurt(), chapter.to_hurt);
            assert_eq!(chapter.to_caused(), chapter.to_caused);
        });
    }
}

#[test]
fn a_chapter_reads_in_spanish() {
    let chapters = embedded();
    let roots = &chapters[0];
    scoped(Lang::Es, || {
        assert_eq!(roots.title(), "Raíces");
        assert!(
            roots
                .story()
                .starts_with("Todo jardín empieza bajo la superficie.")
        );
        let to_hurt = roots.to_hurt().unwrap();
        assert!(
            to_hurt.starts_with("No tienes que escucharlo todo"),
            "{to_hurt}"
        );
        assert_eq!(chapters[6].title(), "Florecer");
    });
}

#[test]
fn a_chapter_of_their_own_keeps_its_words_in_any_language() {
    let own = r#"Chapter(
        id: "our-walks",
        title: "Our walks",
        story: "We walk on Sundays.",
        min_days: 3,
        goals: [Goal(action: "quality-time", count: 2, who: Both)],
    )"#;
    let chapter = parse_level("our.ron", own).unwrap();
    scoped(Lang::De, || {
        assert_eq!(chapter.title(), "Our walks");
        assert_eq!(chapter.story(), "We walk on Sundays.");
        assert_eq!(chapter.to_hurt(), None);
    });

    // A built-in chapter copied and rewritten in their own folder: what they
    // changed stays theirs, what they kept is still translated.
    let src = include_str!("../../../levels/01-roots.ron")
        .replace("title: \"Roots\"", "title: \"Where we begin\"");
    let rewritten = parse_level("01-roots.ron", &src).unwrap();
    scoped(Lang::Es, || {
        assert_eq!(rewritten.title(), "Where we begin");
        assert!(rewritten.story().starts_with("Todo jardín"));
    });
}

#[test]
fn the_journey_and_the_today_line_speak_german() {
    let chapters = embedded();
    let couple = Couple::new();
    scoped(Lang::De, || {
        let journey = journey(&chapters, &couple.log, start_of(0));
        let first = &journey.chapters[0];
        assert_eq!(first.title, "Wurzeln");
        assert_eq!(
            first.goals[0].description,
            "2 ehrliche Gespräche, egal von wem von euch, von der anderen Person gewürdigt"
        );
        let line = suggest_today(&journey, None).unwrap();
        assert!(line.contains("„Wurzeln“"), "{line}");
        assert!(line.contains("ehrlich darüber zu sprechen"), "{line}");
        assert!(!line.contains("garden-"), "{line}");
    });
    // The same journey asked for again in English speaks English again.
    let journey = scoped(Lang::En, || journey(&chapters, &couple.log, start_of(0)));
    assert_eq!(journey.chapters[0].title, "Roots");
}

#[test]
fn a_problem_in_a_level_file_is_named_in_spanish() {
    let src = include_str!("../../../levels/01-roots.ron").replace("count: 2,", "count: 0,");
    let problems = scoped(Lang::Es, || parse_level("01-roots.ron", &src).unwrap_err());
    assert_eq!(problems[0].field, "goals[0].count");
    assert_eq!(problems[0].message, "debe ser al menos 1");
}
