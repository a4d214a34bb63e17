//! Translatable text: a Fluent message id with its arguments, rendered in the reader's
//! language (Chinese first, English on request) from the message files in `locales/`.
//!
//! Every sentence budgetc says to a user is a [`Message`] built with [`msg!`]; the words
//! live in `locales/zh-CN/*.ftl` and `locales/en/*.ftl`, which someone who does not read
//! Rust can review. [`Message::text`] carries text that is not ours to translate (a name
//! or a line quoted from the sources).

use std::borrow::Cow;
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// The languages budgetc speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文, the default.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's folder in `locales/` and its tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language named by a tag such as `zh`, `zh_CN.UTF-8`, `en`, `en_US` (None for
    /// another language, `C` or `POSIX`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let lower = tag.trim().to_ascii_lowercase();
        if lower.starts_with("zh") {
            Some(Lang::Zh)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language of the environment: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
    /// that is set and not empty decides; English if it names English, else Chinese.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| var(v).filter(|s| !s.is_empty()))
            .map(|s| Lang::from_tag(&s).unwrap_or(Lang::Zh))
            .next()
            .unwrap_or(Lang::Zh)
    }
}

/// The message files, by language: (file name, text).
const FILES: &[(Lang, &str, &str)] = &[
    (Lang::Zh, "cli.ftl", include_str!("../../locales/zh-CN/cli.ftl")),
    (Lang::Zh, "codes.ftl", include_str!("../../locales/zh-CN/codes.ftl")),
    (Lang::Zh, "diagnostics.ftl", include_str!("../../locales/zh-CN/diagnostics.ftl")),
    (Lang::Zh, "syntax.ftl", include_str!("../../locales/zh-CN/syntax.ftl")),
    (Lang::Zh, "load.ftl", include_str!("../../locales/zh-CN/load.ftl")),
    (Lang::Zh, "catalog.ftl", include_str!("../../locales/zh-CN/catalog.ftl")),
    (Lang::Zh, "facts.ftl", include_str!("../../locales/zh-CN/facts.ftl")),
    (Lang::Zh, "performance.ftl", include_str!("../../locales/zh-CN/performance.ftl")),
    (Lang::Zh, "template.ftl", include_str!("../../locales/zh-CN/template.ftl")),
    (Lang::Zh, "accounts.ftl", include_str!("../../locales/zh-CN/accounts.ftl")),
    (Lang::En, "cli.ftl", include_str!("../../locales/en/cli.ftl")),
    (Lang::En, "codes.ftl", include_str!("../../locales/en/codes.ftl")),
    (Lang::En, "diagnostics.ftl", include_str!("../../locales/en/diagnostics.ftl")),
    (Lang::En, "syntax.ftl", include_str!("../../locales/en/syntax.ftl")),
    (Lang::En, "load.ftl", include_str!("../../locales/en/load.ftl")),
    (Lang::En, "catalog.ftl", include_str!("../../locales/en/catalog.ftl")),
    (Lang::En, "facts.ftl", include_str!("../../locales/en/facts.ftl")),
    (Lang::En, "performance.ftl", include_str!("../../locales/en/performance.ftl")),
    (Lang::En, "template.ftl", include_str!("../../locales/en/template.ftl")),
    (Lang::En, "accounts.ftl", include_str!("../../locales/en/accounts.ftl")),
];

/// The message files of a language, for tests and reviewers: (file name, text).
pub fn files(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.iter().filter(move |(l, ..)| *l == lang).map(|(_, name, text)| (*name, *text))
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    match lang {
        Lang::Zh => &bundles[0],
        Lang::En => &bundles[1],
    }
}

/// A bundle of every file of `lang`; a file that does not parse contributes what it can
/// (the test `every_message_file_parses` keeps them clean).
fn build(lang: Lang) -> Bundle {
    let id = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: they would reach terminals and files.
    bundle.set_use_isolating(false);
    for (_, text) in files(lang) {
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

static LANG: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of this process (the command line does, from `--lang` or the
/// environment).
pub fn set_lang(lang: Lang) {
    LANG.store(if lang == Lang::En { 2 } else { 1 }, Ordering::Relaxed);
}

/// The language messages are rendered in: this thread's [`with_lang`], else the process's
/// [`set_lang`], else Chinese.
pub fn lang() -> Lang {
    OVERRIDE.with(Cell::get).unwrap_or(if LANG.load(Ordering::Relaxed) == 2 { Lang::En } else { Lang::Zh })
}

/// Runs `f` with messages rendered in `lang` on this thread (tests of both languages).
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// The text of the message `id`, or of its attribute `attr`, in the language of [`lang`],
/// if that language's files have it (no arguments, no fallback to the other language): for
/// texts found by name rather than by a `msg!`, such as the command line's help pages.
pub fn lookup(id: &str, attr: Option<&str>) -> Option<String> {
    let b = bundle(lang());
    let m = b.get_message(id)?;
    let pattern = match attr {
        None => m.value()?,
        Some(a) => m.get_attribute(a)?.value(),
    };
    let mut errors = vec![];
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The value of a message argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A text, inserted as it is.
    Text(String),
    /// A count, which chooses plural forms (`{ $n -> [one] … *[other] … }`).
    Count(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Arg {
        Arg::Text(s.into_owned())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}
impl From<Decimal> for Arg {
    fn from(d: Decimal) -> Arg {
        Arg::Text(d.to_string())
    }
}
impl From<&Decimal> for Arg {
    fn from(d: &Decimal) -> Arg {
        Arg::Text(d.to_string())
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Text(m.to_string())
    }
}
impl From<&Message> for Arg {
    fn from(m: &Message) -> Arg {
        Arg::Text(m.to_string())
    }
}
macro_rules! count_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_args!(usize, u32, u64, i32, i64, u16, u8);

/// A text for a user: a message of the message files with its arguments, or a text that
/// is not ours to translate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A message id of `locales/*/*.ftl` and its arguments.
    Id {
        /// The id, e.g. `load-outside`.
        id: Cow<'static, str>,
        /// The arguments by name.
        args: Vec<(&'static str, Arg)>,
    },
    /// A text shown as it is: a name, a line quoted from the sources, a parser's words.
    Text(String),
}

impl Message {
    /// The message `id` without arguments (add them with [`Message::arg`], or use [`msg!`]).
    pub fn new(id: impl Into<Cow<'static, str>>) -> Message {
        Message::Id { id: id.into(), args: vec![] }
    }

    /// A text that is not ours to translate.
    pub fn text(text: impl Into<String>) -> Message {
        Message::Text(text.into())
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        if let Message::Id { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The id (None for a plain text).
    pub fn id(&self) -> Option<&str> {
        match self {
            Message::Id { id, .. } => Some(id),
            Message::Text(_) => None,
        }
    }

    /// The message in `lang`; a message missing there is taken from the other language,
    /// and one missing in both is shown as its id (the tests keep that from happening).
    pub fn render(&self, lang: Lang) -> String {
        let (id, args) = match self {
            Message::Text(t) => return t.clone(),
            Message::Id { id, args } => (id, args),
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_str())),
                Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
            }
        }
        let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
        for l in [lang, other] {
            let b = bundle(l);
            if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
                let mut errors = vec![];
                return b.format_pattern(pattern, Some(&fluent), &mut errors).into_owned();
            }
        }
        id.to_string()
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(lang()))
    }
}

impl Serialize for Message {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// Builds a [`Message`]: `msg!("load-outside", path = name)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::diag::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

#[cfg(test)]
mod tests;
