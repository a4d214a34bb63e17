//! When human output is coloured: `--color`, and for `auto` the conventions of
//! no-color.org and bixense.com/clicolors, read as clap reads them (`anstyle-query`).

use super::Color;

/// What the environment says about colour.
#[derive(Clone, Copy, Debug, Default)]
struct Env {
    /// `NO_COLOR` set and not empty (an empty `NO_COLOR=` does not count).
    no_color: bool,
    /// `CLICOLOR_FORCE` set and not empty.
    force: bool,
    /// `CLICOLOR`: Some(false) for `0`, Some(true) for another value.
    clicolor: Option<bool>,
    /// `TERM` is set and not `dumb`.
    term: bool,
}

impl Env {
    fn read() -> Env {
        Env {
            no_color: anstyle_query::no_color(),
            force: anstyle_query::clicolor_force(),
            clicolor: anstyle_query::clicolor(),
            term: anstyle_query::term_supports_color(),
        }
    }
}

/// `auto`, in anstream's order: NO_COLOR disables, then CLICOLOR_FORCE enables, then
/// CLICOLOR=0 disables; otherwise colour on a terminal whose TERM is not dumb (or when
/// CLICOLOR asks for it).
fn auto(env: Env, terminal: bool) -> bool {
    if env.no_color {
        false
    } else if env.force {
        true
    } else if env.clicolor == Some(false) {
        false
    } else {
        terminal && (env.term || env.clicolor == Some(true))
    }
}

/// Whether to colour output written to a stream that is (or is not) a terminal.
pub(crate) fn enabled(choice: Color, terminal: bool) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => auto(Env::read(), terminal),
    }
}

#[cfg(test)]
mod tests {
    use super::{auto, Env};

    const TTY: Env = Env { no_color: false, force: false, clicolor: None, term: true };

    #[test]
    fn a_terminal_is_coloured_unless_the_environment_says_no() {
        assert!(auto(TTY, true));
        assert!(!auto(TTY, false), "a pipe is not coloured");
        assert!(!auto(Env { no_color: true, ..TTY }, true), "NO_COLOR=1");
        assert!(!auto(Env { clicolor: Some(false), ..TTY }, true), "CLICOLOR=0");
        assert!(auto(Env { clicolor: Some(true), ..TTY }, true), "CLICOLOR=1");
        assert!(!auto(Env { term: false, ..TTY }, true), "TERM=dumb");
        assert!(auto(Env { term: false, clicolor: Some(true), ..TTY }, true), "CLICOLOR=1 with TERM=dumb");
    }

    #[test]
    fn clicolor_force_colours_a_pipe_but_not_against_no_color() {
        assert!(auto(Env { force: true, ..TTY }, false));
        assert!(auto(Env { force: true, clicolor: Some(false), ..TTY }, false));
        assert!(!auto(Env { force: true, no_color: true, ..TTY }, false));
    }
}
