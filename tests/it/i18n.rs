//! Every language complete: each translation file parses, holds every
//! message English has (and no other), with the same placeholders; every
//! message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use trust_garden::i18n::{self, FILES, Lang};

/// Message (or `message.attribute`) → the variables it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn messages(lang: Lang, file: usize) -> Messages {
    let source = i18n::source(lang, file);
    let where_ = format!("assets/locales/{}/{}.ftl", lang.tag(), FILES[file]);
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        let errors: Vec<String> = errors
            .iter()
            .map(|e| {
                let line = source[..e.pos.start.min(source.len())]
                    .matches('\n')
                    .count()
                    + 1;
                format!("{where_}, line {line}: {:?}", e.kind)
            })
            .collect();
        panic!("{}", errors.join("\n"))
    });
    let mut found = Messages::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let id = message.id.name.to_owned();
            if let Some(value) = &message.value {
                found.insert(id.clone(), variables(value));
            }
            for attribute in &message.attributes {
                found.insert(
                    format!("{id}.{}", attribute.id.name),
                    variables(&attribute.value),
                );
            }
        }
    }
    found
}

fn variables(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    in_pattern(pattern, &mut found);
    found
}

fn in_pattern(pattern: &ast::Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            in_expression(expression, found);
        }
    }
}

fn in_expression(expression: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => in_inline(inline, found),
        ast::Expression::Select { selector, variants } => {
            in_inline(selector, found);
            for variant in variants {
                in_pattern(&variant.value, found);
            }
        }
    }
}

fn in_inline(inline: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                in_inline(argument, found);
            }
            for named in &arguments.named {
                in_inline(&named.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => in_expression(expression, found),
        _ => {}
    }
}

/// What a translation misses, adds or words with other placeholders.
fn differences(english: &Messages, translated: &Messages, where_: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (key, wanted) in english {
        match translated.get(key) {
            None => found.push(format!("{where_}: missing {key}")),
            Some(got) if got != wanted => found.push(format!(
                "{where_}: {key} uses {got:?}, English uses {wanted:?}"
            )),
            Some(_) => {}
        }
    }
    for key in translated.keys().filter(|k| !english.contains_key(*k)) {
        found.push(format!("{where_}: {key} is not in English"));
    }
    found
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let mut problems = Vec::new();
    for (file, name) in FILES.iter().enumerate() {
        let english = messages(Lang::En, file);
        for lang in [Lang::De, Lang::Es] {
            let translated = messages(lang, file);
            let where_ = format!("assets/locales/{}/{name}.ftl", lang.tag());
            problems.extend(differences(&english, &translated, &where_));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_message_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeMap::new();
        for (file, name) in FILES.iter().enumerate() {
            for key in messages(lang, file).into_keys() {
                if let Some(first) = seen.insert(key.clone(), *name) {
                    panic!(
                        "{}: {key} is in both {first}.ftl and {name}.ftl",
                        lang.tag()
                    );
                }
            }
        }
    }
}

/// Every `t!("key"` in the sources names an English message.
#[test]
fn every_message_the_code_asks_for_exists() {
    let english: BTreeSet<String> = (0..FILES.len())
        .flat_map(|file| messages(Lang::En, file).into_keys())
        .collect();
    let mut missing = Vec::new();
    let mut asked = 0;
    visit(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src").as_path(),
        &mut |path, text| {
            // The module's own tests ask for a message that does not exist on purpose.
            if path.ends_with("i18n/mod.rs") {
                return;
            }
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for (at, _) in line.match_indices("t!(\"") {
                    // `format!("` ends the same way: only a `t!` of its own counts.
                    let before = line[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let piece = &line[at + 4..];
                    let Some((key, _)) = piece.split_once('"') else {
                        continue;
                    };
                    asked += 1;
                    if !english.contains(key) {
                        missing.push(format!("{}:{}: {key}", path.display(), n + 1));
                    }
                }
            }
        },
    );
    assert!(
        asked > 0,
        "no t!(\"…\") found: is the scan looking in the right place?"
    );
    assert!(
        missing.is_empty(),
        "no English message for:\n{}",
        missing.join("\n")
    );
}

fn visit(dir: &Path, each: &mut dyn FnMut(&Path, &str)) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            visit(&path, each);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            each(&path, &text);
        }
    }
}

#[test]
fn the_completeness_check_sees_a_missing_message_a_changed_placeholder_and_an_extra_one() {
    let english = "a = { $name } came\nb = hello\n";
    let german = "a = { $nom } kam\nc = extra\n";
    let parse = |s: &str| {
        let resource = fluent_syntax::parser::parse(s).unwrap();
        let mut found = Messages::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                found.insert(m.id.name.to_owned(), variables(m.value.as_ref().unwrap()));
            }
        }
        found
    };
    let found = differences(&parse(english), &parse(german), "de.ftl");
    assert_eq!(
        found,
        [
            r#"de.ftl: a uses {"nom"}, English uses {"name"}"#,
            "de.ftl: missing b",
            "de.ftl: c is not in English",
        ]
    );
    // A faithful translation passes.
    let faithful = "a = { $name } kam\nb = hallo\n";
    assert!(differences(&parse(english), &parse(faithful), "de.ftl").is_empty());
}
