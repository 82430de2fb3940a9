use super::*;
use crate::session::{Choice, SessionEvent, Step};

fn library() -> Library {
    Library::builtin(chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap())
}

fn refused(text: &str) -> LinkError {
    parse(text).expect_err(text)
}

const GOOD: &str = "keuzehulp://open?keuzekaart=liesbreuk&patient=P-17&modus=spreekkamer&taal=nl";

#[test]
fn a_full_link_is_read() {
    assert_eq!(
        parse(GOOD).unwrap(),
        Link {
            decision: Decision::Grid("liesbreuk".into()),
            patient: "P-17".into(),
            mode: Mode::Consultation,
            language: Some(Language::Nl),
        }
    );
}

#[test]
fn a_complaint_is_decoded_and_the_language_is_optional() {
    let link = parse("keuzehulp://open?klacht=bult%20in+de%20lies&patient=%20P%201%20&modus=thuis")
        .unwrap();
    assert_eq!(link.decision, Decision::Complaint("bult in de lies".into()));
    assert_eq!(link.patient, "P 1", "the label is trimmed");
    assert_eq!(link.mode, Mode::Home);
    assert_eq!(link.language, None);
}

#[test]
fn the_short_forms_of_the_action_are_read_too() {
    for text in [
        "keuzehulp:open?keuzekaart=knie&patient=A&modus=thuis",
        "keuzehulp://open/?keuzekaart=knie&patient=A&modus=thuis",
        "  keuzehulp://open?keuzekaart=knie&patient=A&modus=thuis\n",
        "KEUZEHULP://open?keuzekaart=knie&patient=A&modus=thuis",
    ] {
        assert_eq!(
            parse(text).unwrap().decision,
            Decision::Grid("knie".into()),
            "{text}"
        );
    }
}

#[test]
fn what_is_not_a_keuzehulp_link_is_refused() {
    assert!(matches!(refused("niet een link"), LinkError::NotALink(_)));
    assert!(matches!(refused(""), LinkError::NotALink(_)));
    assert_eq!(
        refused("https://open?keuzekaart=knie&patient=A&modus=thuis"),
        LinkError::OtherScheme("https".into())
    );
    assert_eq!(
        refused("keuzehulp://wis?patient=A"),
        LinkError::UnknownAction("wis".into())
    );
    assert_eq!(
        refused("keuzehulp://open/extra?keuzekaart=knie&patient=A&modus=thuis"),
        LinkError::UnknownAction("openextra".into())
    );
}

#[test]
fn unknown_and_repeated_parameters_are_refused() {
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A&modus=thuis&bsn=1"),
        LinkError::UnknownParameter("bsn".into())
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A&modus=thuis&Taal=nl"),
        LinkError::UnknownParameter("Taal".into()),
        "names are exact"
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A&patient=B&modus=thuis"),
        LinkError::Repeated("patient".into())
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&klacht=pijn&patient=A&modus=thuis"),
        LinkError::TwoDecisions
    );
}

#[test]
fn missing_parts_are_named() {
    assert_eq!(
        refused("keuzehulp://open?patient=A&modus=thuis"),
        LinkError::Missing("keuzekaart")
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&modus=thuis"),
        LinkError::Missing("patient")
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=%20%20&modus=thuis"),
        LinkError::Missing("patient"),
        "a blank label is a missing one"
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A"),
        LinkError::Missing("modus")
    );
    assert_eq!(
        refused("keuzehulp://open"),
        LinkError::Missing("keuzekaart")
    );
}

#[test]
fn mode_and_language_must_be_known() {
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A&modus=consultation"),
        LinkError::UnknownMode("consultation".into())
    );
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=A&modus=thuis&taal=de"),
        LinkError::UnknownLanguage("de".into())
    );
    for code in ["nl", "en", "tr", "ar", "pl"] {
        let link = parse(&format!(
            "keuzehulp://open?keuzekaart=knie&patient=A&modus=thuis&taal={code}"
        ))
        .unwrap();
        assert_eq!(link.language.map(Language::code), Some(code));
    }
}

#[test]
fn every_nine_digit_label_is_refused_and_says_whether_it_passes_the_elfproef() {
    // 111222333: 9+8+7+12+10+8+9+6-3 = 66, divisible by 11.
    for label in ["111222333", "1112.22.333", "111-222-333", "111%20222%20333"] {
        assert_eq!(
            refused(&format!(
                "keuzehulp://open?keuzekaart=knie&patient={label}&modus=thuis"
            )),
            LinkError::LabelLooksLikeBsn { elfproef: true },
            "{label}"
        );
    }
    assert_eq!(
        refused("keuzehulp://open?keuzekaart=knie&patient=123456789&modus=thuis"),
        LinkError::LabelLooksLikeBsn { elfproef: false }
    );
    for fine in ["12345678", "1234567890", "P111222333", "111222333a"] {
        assert!(
            parse(&format!(
                "keuzehulp://open?keuzekaart=knie&patient={fine}&modus=thuis"
            ))
            .is_ok(),
            "{fine}"
        );
    }
}

#[test]
fn a_label_longer_than_the_records_take_is_refused() {
    let long = "x".repeat(MAX_LABEL_CHARS + 1);
    assert_eq!(
        refused(&format!(
            "keuzehulp://open?keuzekaart=knie&patient={long}&modus=thuis"
        )),
        LinkError::LabelTooLong {
            chars: MAX_LABEL_CHARS + 1
        }
    );
}

#[test]
fn the_link_is_found_among_the_arguments() {
    assert_eq!(
        in_arguments(["/usr/bin/keuzehulp", "--data-dir", "/tmp/x", GOOD]),
        Some(GOOD.to_owned())
    );
    assert_eq!(in_arguments(["keuzehulp", "--authoring"]), None);
    assert_eq!(in_arguments(["keuzehulp", "keuzehulp"]), None);
}

fn resolved(link: &str) -> Result<String, LinkError> {
    let library = library();
    let index = BuiltinIndex::new(&library, Language::Nl);
    let content = Content {
        library: &library,
        index: &index,
        catalogue: None,
    };
    resolve(
        &parse(link).unwrap(),
        &content,
        &Localizer::new(Language::Nl),
    )
}

#[test]
fn a_grid_is_found_by_id_or_by_one_complaint() {
    assert_eq!(resolved(GOOD).unwrap(), "liesbreuk");
    assert_eq!(
        resolved("keuzehulp://open?klacht=bult%20in%20de%20lies&patient=A&modus=thuis").unwrap(),
        "liesbreuk"
    );
    assert_eq!(
        resolved("keuzehulp://open?keuzekaart=bestaat-niet&patient=A&modus=thuis"),
        Err(LinkError::UnknownGrid("bestaat-niet".into()))
    );
    assert_eq!(
        resolved("keuzehulp://open?klacht=zzqqxx&patient=A&modus=thuis"),
        Err(LinkError::NoMatch("zzqqxx".into()))
    );
}

#[test]
fn a_complaint_that_fits_several_decisions_names_them() {
    let Err(LinkError::SeveralMatch { names, .. }) =
        resolved("keuzehulp://open?klacht=breuk&patient=A&modus=thuis")
    else {
        panic!("breuk names more than one decision");
    };
    assert!(names.len() > 1, "{names:?}");
}

#[test]
fn every_refusal_has_its_message_in_every_language() {
    let errors = [
        LinkError::NotALink("x".into()),
        LinkError::OtherScheme("https".into()),
        LinkError::UnknownAction("wis".into()),
        LinkError::UnknownParameter("bsn".into()),
        LinkError::Repeated("patient".into()),
        LinkError::Missing("modus"),
        LinkError::TwoDecisions,
        LinkError::UnknownMode("x".into()),
        LinkError::UnknownLanguage("de".into()),
        LinkError::LabelTooLong { chars: 61 },
        LinkError::LabelLooksLikeBsn { elfproef: true },
        LinkError::LabelLooksLikeBsn { elfproef: false },
        LinkError::UnknownGrid("x".into()),
        LinkError::NoMatch("x".into()),
        LinkError::SeveralMatch {
            complaint: "breuk".into(),
            names: vec!["Polsbreuk".into(), "Enkelbreuk".into()],
        },
    ];
    for language in Language::ALL {
        let l10n = Localizer::new(language);
        for error in &errors {
            let message = error.message(&l10n);
            assert!(
                !message.contains("link-"),
                "{language:?} {error:?}: {message}"
            );
        }
    }
    let nl = Localizer::new(Language::Nl);
    assert!(errors[10].message(&nl).contains("burgerservicenummer"));
    assert!(errors[11].message(&nl).contains("9 cijfers"));
    assert!(errors[3].message(&nl).contains("bsn"));
}

#[test]
fn a_new_patient_begins_at_the_first_step_and_an_unfinished_session_is_offered() {
    let library = library();
    let entry = library.get("liesbreuk").unwrap();
    let mut store = Store::in_memory().unwrap();
    let link = parse(GOOD).unwrap();
    let Arrival::Begun(opened) = arrive(&mut store, entry, &link).unwrap() else {
        panic!("a new patient begins");
    };
    assert_eq!(opened.state.step, Step::Choice);
    consultation::record(
        &mut store,
        entry,
        opened.session,
        &SessionEvent::StepOpened {
            step: Step::Options,
        },
    )
    .unwrap();
    let events = store.events(opened.session).unwrap().len();
    let Arrival::Unfinished(summary) = arrive(&mut store, entry, &link).unwrap() else {
        panic!("the unfinished session is offered");
    };
    assert_eq!(summary.id, opened.session);
    assert_eq!(store.events(opened.session).unwrap().len(), events);
    assert_eq!(
        store.sessions_of(summary.patient).unwrap().len(),
        1,
        "offering writes nothing"
    );
    let offer = offer(
        entry,
        &link,
        &summary,
        Step::Options,
        &Localizer::new(Language::Nl),
    );
    assert!(offer.text.contains("P-17"), "{}", offer.text);
    assert!(
        offer.text.contains("Wat zijn mijn mogelijkheden?"),
        "{}",
        offer.text
    );
    let chosen = SessionEvent::ChoiceMade {
        choice: Choice::Option(entry.grid.options[0].id.clone()),
    };
    consultation::record(&mut store, entry, opened.session, &chosen).unwrap();
    assert!(
        matches!(arrive(&mut store, entry, &link).unwrap(), Arrival::Begun(_)),
        "a finished session is not offered again"
    );
}
