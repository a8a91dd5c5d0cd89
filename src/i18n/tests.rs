//! Every locale has every message, every message is used, and every message the code asks
//! for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::detect::InApp;
use crate::domain::device::Device;
use crate::guide::catalog::FLOWS;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Message ids per file name (`main.ftl`) of one locale.
fn ids_of(locale: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(locale).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).unwrap();
            let ids = text
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_owned()))
                .collect();
            files.insert(path.file_name().unwrap().to_string_lossy().into_owned(), ids);
        }
    }
    files
}

fn english() -> BTreeSet<String> {
    ids_of(&root().join("locales/en")).into_values().flatten().collect()
}

/// Ids built at run time from data rather than written in the code.
fn dynamic_ids() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for device in Device::ALL {
        ids.insert(format!("device-{device}"));
    }
    for check in crate::entra::readiness::IDS {
        for suffix in ["", "-ok", "-fail"] {
            ids.insert(format!("readiness-{check}{suffix}"));
        }
    }
    for flow in FLOWS.iter() {
        ids.insert(format!("flow-{}-title", flow.id));
        ids.insert(format!("flow-{}-summary", flow.id));
        for step in flow.steps {
            ids.insert(format!("flow-{}-{}-title", flow.id, step.id));
            ids.insert(format!("flow-{}-{}-body", flow.id, step.id));
            for variant in step.variants {
                ids.insert(format!("flow-{}-{}-body-{}", flow.id, step.id, variant.suffix));
            }
            for id in crate::guide::catalog::IPAD_WORDINGS {
                ids.insert(format!("{id}-ipad"));
            }
            if let Some(illustration) = step.illustration {
                ids.insert(format!("illustration-{illustration}"));
            }
            for (.., illustration) in crate::guide::catalog::FIX_ILLUSTRATIONS {
                ids.insert(format!("illustration-{illustration}"));
            }
            for problem in step.problems {
                ids.insert(format!("stuck-{}-{}-{problem}", flow.id, step.id));
                ids.insert(format!("stuck-{}-{}-{problem}-fix", flow.id, step.id));
            }
        }
    }
    for action in <crate::audit::Action as strum::IntoEnumIterator>::iter() {
        ids.insert(action.message_id());
    }
    for placeholder in crate::brand::emails::Placeholder::ALL {
        ids.insert(format!("admin-email-placeholder-{}", placeholder.as_str()));
    }
    for role in crate::db::admins::Role::ALL {
        ids.insert(format!("admin-role-{}", role.as_str()));
    }
    for stage in crate::domain::stage::Stage::FUNNEL {
        ids.insert(format!("admin-stage-{}", stage.as_str()));
    }
    for kind in crate::brand::emails::EmailKind::ALL {
        ids.insert(format!("admin-email-{}", kind.as_str()));
        for part in ["subject", "intro", "benefit", "action"] {
            ids.insert(format!("email-{}-{part}", kind.as_str()));
        }
    }
    for segment in crate::db::recipients::Segment::ALL {
        ids.insert(format!("admin-segment-{}", segment.as_str()));
    }
    for campaign in ["announcement", "reminder", "final"] {
        ids.insert(format!("admin-recipients-merge-{campaign}"));
    }
    for platform in ["ios", "android"] {
        ids.insert(format!("update-how-{platform}"));
        ids.insert(format!("inapp-generic-{platform}"));
        for app in [InApp::Outlook, InApp::Teams] {
            ids.insert(format!("inapp-{}-{platform}", app.as_str()));
        }
    }
    ids
}

/// Ids written as string literals in the source.
fn literal_ids(known: &BTreeSet<String>) -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n/tests.rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut source = String::new();
    walk(&root().join("src"), &mut source);
    known.iter().filter(|id| source.contains(&format!("\"{id}\""))).cloned().collect()
}

#[test]
fn every_locale_has_exactly_the_english_messages_in_the_same_files() {
    let english = ids_of(&root().join("locales/en"));
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if name == "en" || !dir.is_dir() {
            continue;
        }
        let other = ids_of(&dir);
        assert_eq!(other.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>(), "{name}: files differ");
        for (file, ids) in &english {
            let missing: Vec<_> = ids.difference(&other[file]).collect();
            let extra: Vec<_> = other[file].difference(ids).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{name}/{file}: missing {missing:?}, extra {extra:?}");
        }
        checked += 1;
    }
    assert_eq!(checked, super::SUPPORTED.len() - 1, "a supported locale has no folder");
}

#[test]
fn every_supported_locale_loads_and_translates_the_title() {
    for locale in super::Locale::supported() {
        let i18n = super::I18n::new(locale.clone());
        assert_ne!(i18n.t("language-name"), "language-name", "{}", locale.as_str());
        if locale.as_str() != "en" {
            assert_ne!(
                i18n.t("guide-start"),
                super::I18n::new(super::Locale::english()).t("guide-start"),
                "{}",
                locale.as_str()
            );
        }
    }
}

#[test]
fn every_message_is_used_by_the_code_or_the_flow_data() {
    let english = english();
    let used: BTreeSet<String> = literal_ids(&english).union(&dynamic_ids()).cloned().collect();
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(unused.is_empty(), "messages nothing uses: {unused:?}");
}

#[test]
fn every_message_the_flow_data_names_exists() {
    let english = english();
    let missing: Vec<_> = dynamic_ids().into_iter().filter(|id| !english.contains(id)).collect();
    assert!(missing.is_empty(), "missing messages: {missing:?}");
}

#[test]
fn inserted_values_are_not_wrapped_in_isolation_marks() {
    let i18n = super::I18n::new(super::Locale::english());
    let text = i18n.t_args("guide-title", &[("company", super::arg("Contoso"))]);
    assert!(text.contains("Contoso") && !text.contains('\u{2068}'));
}

#[test]
fn menu_paths_take_their_arrow_from_the_language() {
    for entry in std::fs::read_dir(root().join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let hard_coded: Vec<_> = text
                .lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("-then ="))
                .filter(|l| l.contains(['→', '←']))
                .collect();
            assert!(hard_coded.is_empty(), "{}: an arrow that is not {{ -then }}: {hard_coded:?}", path.display());
        }
    }
    let i18n = super::I18n::new(super::Locale::english());
    assert!(i18n.t("update-how-ios").contains("\"Settings\" → \"General\""), "{}", i18n.t("update-how-ios"));
}
