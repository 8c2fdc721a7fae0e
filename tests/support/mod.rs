//! Browser test support: a W3C WebDriver session on a real browser, and `dist/` served over http.
//!
//! Sessions are driven by `thirtyfour` on a small tokio runtime owned by each [`Browser`]; its
//! methods block, so each test reads as a plain sequence of what a person does. The protocol is
//! the same for chromedriver, geckodriver and WebKitWebDriver: the engine comes from
//! `SUMMIT_BROWSER` (`chromium` by default, `firefox`, `webkit`), and the driver is started here
//! on a free port.

#![allow(dead_code)]

// The task runner's static file server (its `..` check included), shared as a file: the tests
// need its 60 lines, not the task runner's dependencies.
#[path = "../../xtask/src/static_server.rs"]
mod static_server;

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};
use thirtyfour::common::command::{Command as WdCommand, ExtensionCommand};
use thirtyfour::prelude::*;

/// How long to wait for something to appear.
pub const WAIT: Duration = Duration::from_secs(15);
/// How often to look again while waiting.
const POLL: Duration = Duration::from_millis(50);
/// The browser window every test starts with, in CSS pixels.
pub const WINDOW: (u32, u32) = (1280, 900);
/// How long a driver may take to start listening.
const DRIVER_START: Duration = Duration::from_secs(20);

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built bundle (`SUMMIT_DIST`, else `dist/`); the tests need `cargo xtask build` first.
pub fn dist() -> PathBuf {
    let dist = std::env::var_os("SUMMIT_DIST").map_or_else(|| root().join("dist"), PathBuf::from);
    assert!(
        dist.join("index.html").is_file() && dist.join("summit-explorer.html").is_file(),
        "dist/ is not built: run `cargo xtask build` (or `cargo xtask test`) first"
    );
    dist
}

/// The letters of the built corpus (from `dist/corpus.json`), as (id, title).
pub fn corpus_letters() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(dist().join("corpus.json")).expect("dist/corpus.json");
    let v: Value = serde_json::from_str(&text).expect("corpus.json parses");
    v["letters"]
        .as_array()
        .expect("letters")
        .iter()
        .map(|l| {
            (
                l["id"].as_str().unwrap().to_string(),
                l["title"]["value"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The number of the first block of `letter` whose text contains `needle` (from corpus.json).
pub fn block_containing(letter: &str, needle: &str) -> u32 {
    let text = std::fs::read_to_string(dist().join("corpus.json")).expect("dist/corpus.json");
    let v: Value = serde_json::from_str(&text).expect("corpus.json parses");
    v["letters"]
        .as_array()
        .and_then(|ls| ls.iter().find(|l| l["id"] == letter))
        .and_then(|l| l["blocks"].as_array())
        .and_then(|bs| {
            bs.iter()
                .find(|b| b["text"].as_str().is_some_and(|t| t.contains(needle)))
        })
        .and_then(|b| b["n"].as_u64())
        .unwrap_or_else(|| panic!("no block of {letter} contains {needle:?}")) as u32
}

/// One browser at a time: two cores do not run several browsers well.
pub fn serial() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// The sub-path `dist/` is served at: nothing of the bundle may assume it sits at the root.
pub const HTTP_PREFIX: &str = "/explorer/";

/// The origin (`http://127.0.0.1:PORT`) of [`http_base`]'s server, for URLs outside `dist/`.
pub fn http_origin() -> String {
    let base = http_base();
    base.strip_suffix(HTTP_PREFIX).unwrap_or(&base).to_string()
}

/// The URL of `dist/` served over http at [`HTTP_PREFIX`] (one server for the whole test run).
pub fn http_base() -> String {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let dir = dist();
        let server = tiny_http::Server::http("127.0.0.1:0").expect("listen on loopback");
        let port = server.server_addr().to_ip().expect("ip address").port();
        let mounts = [
            (HTTP_PREFIX, dir.clone()),
            ("/dist/", dir),
            ("/examples/", root().join("examples")),
            ("/pages/", test_pages()),
        ];
        std::thread::spawn(move || static_server::serve_mounts(server, &mounts));
        // A sub-path, to check that the bundle's URLs are relative.
        format!("http://127.0.0.1:{port}{HTTP_PREFIX}")
    })
    .clone()
}

/// The folder where tests write host pages of their own (`target/test-pages/`), served over
/// http at `/pages/`.
pub fn test_pages() -> PathBuf {
    let dir = root().join("target/test-pages");
    std::fs::create_dir_all(&dir).expect("target/test-pages");
    dir
}

/// The single file as a file:// URL.
pub fn single_file_url() -> String {
    format!("file://{}", dist().join("summit-explorer.html").display())
}

/// Which engine to drive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Engine {
    /// Chromium with chromedriver.
    Chromium,
    /// Firefox with geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser with WebKitWebDriver (run under `xvfb-run`).
    Webkit,
}

impl Engine {
    /// From `SUMMIT_BROWSER`; an unknown name is a mistake worth stopping for.
    pub fn from_env() -> Engine {
        match std::env::var("SUMMIT_BROWSER").as_deref() {
            Err(_) | Ok("" | "chromium" | "chrome") => Engine::Chromium,
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::Webkit,
            Ok(other) => panic!("SUMMIT_BROWSER={other:?}: use chromium, firefox or webkit"),
        }
    }

    /// The driver program and its arguments to listen on `port`.
    fn driver_command(self, port: u16) -> (&'static str, Vec<String>) {
        match self {
            Engine::Chromium => ("chromedriver", vec![format!("--port={port}")]),
            Engine::Firefox => ("geckodriver", vec!["--port".into(), port.to_string()]),
            Engine::Webkit => ("WebKitWebDriver", vec![format!("--port={port}")]),
        }
    }

    /// The WebDriver capabilities: a headless browser with a fresh profile in `profile`.
    fn capabilities(self, profile: &Path) -> Value {
        match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": chromium_binary(),
                    "args": [
                        "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--window-size=1280,900",
                        format!("--user-data-dir={}", profile.display())
                    ]
                },
                "goog:loggingPrefs": { "browser": "ALL" }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "args": ["-headless", "-profile", profile.display().to_string()]
                }
            }),
            Engine::Webkit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": {
                    "binary": minibrowser_binary(),
                    "args": ["--automation"]
                }
            }),
        }
    }
}

/// Debian's Chromium, unless `CHROMIUM` names another binary.
fn chromium_binary() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

/// WebKitGTK's MiniBrowser: `MINIBROWSER`, else where Debian puts it (off PATH), else PATH's.
fn minibrowser_binary() -> String {
    const DEBIAN: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
    std::env::var("MINIBROWSER").unwrap_or_else(|_| {
        if Path::new(DEBIAN).exists() {
            DEBIAN.into()
        } else {
            "MiniBrowser".into()
        }
    })
}

/// A free TCP port on the loopback interface.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port on 127.0.0.1")
        .port()
}

/// Chromium's legacy browser-log command (`goog:loggingPrefs`), which W3C WebDriver lacks.
#[derive(Debug)]
struct BrowserLog;

impl ExtensionCommand for BrowserLog {
    fn parameters_json(&self) -> Option<Value> {
        Some(json!({ "type": "browser" }))
    }
    fn method(&self) -> http::Method {
        http::Method::POST
    }
    fn endpoint(&self) -> Arc<str> {
        Arc::from("/se/log")
    }
}

/// W3C WebDriver "Perform Actions" with any input sources (thirtyfour's action chains have no
/// wheel).
#[derive(Debug)]
struct PerformActions(Value);

impl ExtensionCommand for PerformActions {
    fn parameters_json(&self) -> Option<Value> {
        Some(self.0.clone())
    }
    fn method(&self) -> http::Method {
        http::Method::POST
    }
    fn endpoint(&self) -> Arc<str> {
        Arc::from("/actions")
    }
}

/// Chromium's DevTools command endpoint (`goog/cdp/execute`).
#[derive(Debug)]
struct DevTools(Value);

impl ExtensionCommand for DevTools {
    fn parameters_json(&self) -> Option<Value> {
        Some(self.0.clone())
    }
    fn method(&self) -> http::Method {
        http::Method::POST
    }
    fn endpoint(&self) -> Arc<str> {
        Arc::from("/goog/cdp/execute")
    }
}

/// A browser session, closed (with its driver) when dropped.
pub struct Browser {
    rt: tokio::runtime::Runtime,
    driver: Option<WebDriver>,
    driver_process: Child,
    /// The engine in use.
    pub engine: Engine,
    profile: PathBuf,
}

impl Browser {
    /// Starts the driver and a headless browser session.
    pub fn start() -> Browser {
        let engine = Engine::from_env();
        let port = free_port();
        let profile =
            std::env::temp_dir().join(format!("summit-browser-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&profile).expect("a fresh browser profile folder");
        let (program, args) = engine.driver_command(port);
        let driver_process = Command::new(program)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {program} (run `cargo xtask test` to install it): {e}")
            });
        let deadline = Instant::now() + DRIVER_START;
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "{program} did not listen on port {port}"
            );
            std::thread::sleep(POLL);
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let caps = match engine.capabilities(&profile) {
            Value::Object(map) => map,
            _ => unreachable!("capabilities are an object"),
        };
        let driver = rt
            .block_on(WebDriver::new(format!("http://127.0.0.1:{port}"), caps))
            .unwrap_or_else(|e| panic!("{program} did not start a {engine:?} session: {e}"));
        let browser = Browser {
            rt,
            driver: Some(driver),
            driver_process,
            engine,
            profile,
        };
        // The same window in every engine (Chromium takes it as an argument; MiniBrowser opens
        // at 800 × 600 and Firefox at its own default), so layouts compare.
        if engine != Engine::Chromium {
            browser.resize(WINDOW.0, WINDOW.1);
        }
        browser
    }

    /// The WebDriver connection.
    fn wd(&self) -> &WebDriver {
        self.driver.as_ref().expect("the browser is open")
    }

    /// Runs one WebDriver call to completion, failing the test with `what` on error.
    fn call<T>(&self, what: &str, f: impl std::future::Future<Output = WebDriverResult<T>>) -> T {
        self.rt
            .block_on(f)
            .unwrap_or_else(|e| panic!("WebDriver {what} failed: {e}"))
    }

    /// Opens a URL.
    pub fn goto(&self, url: &str) {
        self.call(&format!("goto {url}"), self.wd().goto(url));
        // geckodriver returns from a navigation to file:// while the old page is still current.
        let document = url.split('#').next().unwrap_or(url);
        self.wait_for(
            &format!("the page {document}"),
            &format!("location.href.split('#')[0] === {}", json!(document)),
        );
    }

    /// The current URL.
    pub fn url(&self) -> String {
        self.call("current url", self.wd().current_url())
            .to_string()
    }

    /// Runs a script in the page and returns its result.
    pub fn js(&self, script: &str) -> Value {
        self.call(script, self.wd().execute(script, Vec::new()))
            .json()
            .clone()
    }

    /// Waits until `script` (an expression) is truthy; panics with `what` after [`WAIT`].
    pub fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + WAIT;
        loop {
            let v = self.js(&format!("return ({script});"));
            if !(v.is_null() || v == json!(false) || v == json!(0) || v == json!("")) {
                return v;
            }
            if Instant::now() > deadline {
                let errors = self.js("return window.__summitErrors || null;");
                panic!(
                    "timed out waiting for {what} at {} (page errors: {errors})",
                    self.url()
                );
            }
            std::thread::sleep(POLL);
        }
    }

    /// Waits until the app has started.
    pub fn wait_ready(&self) {
        self.wait_for(
            "the app to start",
            "document.documentElement.dataset.app === 'ready'",
        );
    }

    /// The first element matching `css`, waiting for it.
    fn element(&self, css: &str) -> WebElement {
        let found = self.rt.block_on(
            self.wd()
                .query(By::Css(css.to_string()))
                .wait(WAIT, POLL)
                .first_opt(),
        );
        match found {
            Ok(Some(e)) => e,
            Ok(None) => panic!("no element matches {css} at {}", self.url()),
            Err(e) => panic!("looking for {css} failed: {e}"),
        }
    }

    /// Clicks the first element matching `css`, as a person would.
    pub fn click(&self, css: &str) {
        let e = self.element(css);
        self.call(&format!("click {css}"), e.click());
    }

    /// The visible text of the first element matching `css`.
    pub fn text(&self, css: &str) -> String {
        let e = self.element(css);
        self.call(&format!("text of {css}"), e.text())
    }

    /// How many elements match `css` now.
    pub fn count(&self, css: &str) -> usize {
        self.call(
            &format!("find {css}"),
            self.wd().find_all(By::Css(css.to_string())),
        )
        .len()
    }

    /// The first element with ARIA `role` (explicit, or implied by its tag) whose accessible
    /// name contains `name` (case-insensitive; empty matches any), searched in `document` and
    /// in every open shadow root under it, waiting for it. This is how a person finds a control:
    /// by what it is and what it says.
    pub fn by_role(&self, role: &str, name: &str) -> WebElement {
        let script = format!(
            "{FIND_BY_ROLE}\nreturn findByRole({}, {});",
            json!(role),
            json!(name)
        );
        let deadline = Instant::now() + WAIT;
        loop {
            let found = self
                .rt
                .block_on(self.wd().execute(&script, Vec::new()))
                .ok()
                .and_then(|ret| ret.element().ok());
            if let Some(e) = found {
                return e;
            }
            if Instant::now() > deadline {
                panic!("no {role} named {name:?} at {}", self.url());
            }
            std::thread::sleep(POLL);
        }
    }

    /// How many elements with `role` whose name contains `name` there are now (shadow roots
    /// included).
    pub fn count_role(&self, role: &str, name: &str) -> usize {
        let script = format!(
            "{FIND_BY_ROLE}\nreturn allByRole({}, {}).length;",
            json!(role),
            json!(name)
        );
        self.js(&script).as_u64().unwrap_or(0) as usize
    }

    /// Clicks the element with `role` named `name`, as a person would (a WebDriver click).
    pub fn click_role(&self, role: &str, name: &str) {
        let e = self.by_role(role, name);
        self.call(&format!("click {role} {name:?}"), e.click());
    }

    /// Types `text` into the element with `role` named `name` with real key presses.
    pub fn type_into(&self, role: &str, name: &str, text: &str) {
        let e = self.by_role(role, name);
        self.call(&format!("type into {role} {name:?}"), e.send_keys(text));
    }

    /// The accessible name and role of the focused element (looking into shadow roots), as
    /// `(role, name)`.
    pub fn focused(&self) -> (String, String) {
        let v = self.js(&format!(
            "{FIND_BY_ROLE}\nlet a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement; return a ? [roleOf(a), nameOf(a)] : ['', ''];"
        ));
        (
            v[0].as_str().unwrap_or_default().to_string(),
            v[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// Presses keys on the focused element with real key events (WebDriver actions); special
    /// keys as thirtyfour's `Key` values (`Key::Home`).
    pub fn press(&self, keys: &str) {
        self.call(
            &format!("press {keys:?}"),
            self.wd().action_chain().send_keys(keys).perform(),
        );
    }

    /// Moves the pointer over the middle of the first element matching `css` (WebDriver pointer
    /// actions), as a person hovering it.
    pub fn hover(&self, css: &str) {
        let e = self.element(css);
        self.call(
            &format!("hover {css}"),
            self.wd()
                .action_chain()
                .move_to_element_center(&e)
                .perform(),
        );
    }

    /// Turns the mouse wheel by `delta_y` pixels (negative: away from the user) with the pointer
    /// over the middle of the first element matching `css` (WebDriver wheel actions).
    pub fn wheel_over(&self, css: &str, delta_y: i64) {
        let rect = self.js(&format!(
            "const r = document.querySelector({}).getBoundingClientRect(); return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];",
            json!(css)
        ));
        let (x, y) = (rect[0].as_i64().unwrap_or(0), rect[1].as_i64().unwrap_or(0));
        let actions = json!({ "actions": [{
            "type": "pointer", "id": "mouse", "parameters": { "pointerType": "mouse" },
            "actions": [{ "type": "pointerMove", "x": x, "y": y, "origin": "viewport", "duration": 0 }, { "type": "pause", "duration": 0 }]
        }, {
            "type": "wheel", "id": "wheel",
            "actions": [{ "type": "pause", "duration": 0 }, { "type": "scroll", "x": x, "y": y, "deltaX": 0, "deltaY": delta_y, "origin": "viewport", "duration": 0 }]
        }]});
        self.call(
            "wheel",
            self.wd()
                .cmd(WdCommand::ExtensionCommand(Box::new(PerformActions(
                    actions,
                )))),
        );
        // WebKitWebDriver keeps a wheel's state between calls and answers a second turn with the
        // first one undone (+300 then -300): released after each turn, every turn reaches the
        // page (the release itself still sends one undoing turn, which the page sees as well).
        if self.engine == Engine::Webkit {
            self.call("release actions", self.wd().action_chain().reset_actions());
        }
    }

    /// Asks the page for dark mode (`prefers-color-scheme: dark`); Chromium only, a no-op in
    /// the other engines.
    pub fn prefer_dark(&self, dark: bool) {
        if self.engine != Engine::Chromium {
            return;
        }
        let value = if dark { "dark" } else { "light" };
        let cmd = json!({ "cmd": "Emulation.setEmulatedMedia", "params": {
            "features": [{ "name": "prefers-color-scheme", "value": value }] } });
        self.call(
            "prefers-color-scheme",
            self.wd()
                .cmd(WdCommand::ExtensionCommand(Box::new(DevTools(cmd)))),
        );
    }

    /// Runs axe-core (`node_modules/axe-core/axe.min.js`, pinned in `package.json`) on the page
    /// and fails on any WCAG 2.1 A or AA violation, naming the rule and the first elements.
    /// WebDriver's scripts run regardless of the page's Content-Security-Policy, so this works on
    /// the single file too.
    pub fn assert_accessible(&self, what: &str) {
        let path = root().join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run `npm ci`)", path.display()));
        self.js(&format!("if (!window.axe) {{ {source}\n }} return true;"));
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, count: v.nodes.length,
                  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
              .catch(e => done([{ id: 'axe-error', impact: String(e) }]));
        "#;
        let violations = self
            .call("axe", self.wd().execute_async(script, Vec::new()))
            .json()
            .clone();
        assert_eq!(
            violations,
            json!([]),
            "WCAG 2.1 A/AA violations on {what} at {}",
            self.url()
        );
    }

    /// Continues inside the iframe with `id` (of the current page): scripts, clicks and keys go
    /// to its document until [`Browser::leave_frame`].
    pub fn enter_frame(&self, id: &str) {
        let frame = self.element(&format!("iframe#{id}"));
        self.call(&format!("enter frame {id}"), frame.enter_frame());
    }

    /// Back from a frame to the top page.
    pub fn leave_frame(&self) {
        self.call("leave frame", self.wd().enter_default_frame());
    }

    /// Goes back in history.
    pub fn back(&self) {
        self.call("back", self.wd().back());
    }

    /// Goes forward in history.
    pub fn forward(&self) {
        self.call("forward", self.wd().forward());
    }

    /// Reloads the page.
    pub fn refresh(&self) {
        self.call("refresh", self.wd().refresh());
    }

    /// Sets the window size.
    pub fn resize(&self, width: u32, height: u32) {
        self.call("resize", self.wd().set_window_rect(0, 0, width, height));
    }

    /// Saves a screenshot to `target/screenshots/<name>-<engine>.png`.
    pub fn screenshot(&self, name: &str) {
        let png = self.call("screenshot", self.wd().screenshot_as_png());
        let dir = root().join("target/screenshots");
        std::fs::create_dir_all(&dir).expect("target/screenshots");
        let file = dir.join(format!("{name}-{:?}.png", self.engine).to_lowercase());
        std::fs::write(&file, png).unwrap_or_else(|e| panic!("writing {}: {e}", file.display()));
    }

    /// Fails when the browser logged anything severe (Chromium's log, the only engine whose
    /// WebDriver reads the console); for pages that have no error recorder of their own, such as
    /// a host page that embeds the explorer.
    pub fn assert_no_browser_log_errors(&self) {
        if self.engine != Engine::Chromium {
            return;
        }
        let log = self
            .call(
                "browser log",
                self.wd()
                    .cmd(WdCommand::ExtensionCommand(Box::new(BrowserLog))),
            )
            .value_json()
            .expect("the browser log");
        let entries = log.as_array().expect("the browser log is a list");
        let severe: Vec<&Value> = entries.iter().filter(|e| e["level"] == "SEVERE").collect();
        assert!(severe.is_empty(), "browser console errors: {severe:?}");
    }

    /// Fails when the page recorded any error (script errors, rejected promises, CSP violations,
    /// console.error) or, on Chromium, logged anything severe.
    pub fn assert_no_console_errors(&self) {
        let errors = self.js("return window.__summitErrors;");
        assert!(
            errors.is_array(),
            "the page's error recorder (window.__summitErrors) is missing at {}",
            self.url()
        );
        assert_eq!(
            errors,
            json!([]),
            "the page reported errors at {}",
            self.url()
        );
        self.assert_no_browser_log_errors();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(driver) = self.driver.take() {
            let _ = self.rt.block_on(driver.quit());
        }
        let _ = self.driver_process.kill();
        let _ = self.driver_process.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// The page-side part of [`Browser::by_role`]: roles implied by tags (the common ones of WAI-ARIA's
/// HTML mapping) and accessible names from `aria-labelledby`, `aria-label`, `<label>`, the
/// content, `title` and `placeholder`, in that order, over the document and its open shadow
/// roots.
const FIND_BY_ROLE: &str = include_str!("find_by_role.js");

/// Escapes a string for use inside a JS single-quoted literal.
pub fn js_str(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\'', "\\'")
}

/// True if `p` exists.
pub fn exists(p: &Path) -> bool {
    p.exists()
}
