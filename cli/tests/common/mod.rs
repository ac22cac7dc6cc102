//! Runs the built `openai-webhooks` binary and checks that nothing it prints holds the secret.
#![allow(dead_code)] // Each test file uses a different part.

pub mod receivers;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

/// The Standard Webhooks test secret, the one every command here runs with.
pub const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
/// A different secret, for deliveries that must be refused.
pub const OTHER_SECRET: &str = "whsec_c2VjcmV0LW51bWJlci10d28=";
/// An upper bound for waiting on a child process, so a hang fails instead of blocking CI.
const PATIENCE: Duration = Duration::from_secs(30);

/// What a finished command gave.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

/// The binary, with OPENAI_WEBHOOK_SECRET set to `secret` (or unset for `None`).
pub fn command(secret: Option<&str>) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_openai-webhooks"));
    match secret {
        Some(secret) => command.env("OPENAI_WEBHOOK_SECRET", secret),
        None => command.env_remove("OPENAI_WEBHOOK_SECRET"),
    };
    command
}

/// Runs `args` with the secret in the environment and `stdin` piped in.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_with(command(Some(SECRET)), args, stdin)
}

/// Runs `command` with `args`, waits for it, and checks its output for secrets.
pub fn run_with(mut command: Command, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    // A command that never reads stdin may close it first; that is not an error here.
    let writer = thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().expect("the binary finishes");
    let _ = writer.join();
    let output = Output {
        code: output.status.code().expect("the binary exits, not killed"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    };
    assert_no_secret(&output.stdout);
    assert_no_secret(&output.stderr);
    output
}

/// Fails if `text` holds either test secret, whole or its key part.
pub fn assert_no_secret(text: &str) {
    for secret in [SECRET, OTHER_SECRET] {
        let key = secret.trim_start_matches("whsec_");
        assert!(
            !text.contains(secret) && !text.contains(key),
            "output shows a secret: {text}"
        );
    }
}

/// Asserts a usage error: exit status 2 and exactly one `error: …` line on stderr.
pub fn assert_usage_error(output: &Output) {
    assert_eq!(output.code, 2, "{output:?}");
    assert_one_error_line(output);
}

/// Asserts exactly one `error: …` line on stderr.
pub fn assert_one_error_line(output: &Output) {
    let lines: Vec<&str> = output.stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{output:?}");
    assert!(lines[0].starts_with("error: "), "{output:?}");
}

/// A running `openai-webhooks listen`, killed when dropped, whatever the test's outcome.
pub struct Listener {
    child: Child,
    lines: Receiver<String>,
    stderr: Receiver<String>,
    /// The URL it printed: `http://127.0.0.1:<port>/webhook`.
    pub url: String,
}

impl Listener {
    /// Starts `listen --bind 127.0.0.1:0` with the secret and `args`; waits for its address.
    pub fn start(secret: &str, args: &[&str]) -> Listener {
        let mut child = command(Some(secret))
            .args(["listen", "--bind", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("listen starts");
        let lines = forward_lines(child.stdout.take().expect("stdout is piped"));
        let stderr = collect(child.stderr.take().expect("stderr is piped"));
        let mut listener = Listener {
            child,
            lines,
            stderr,
            url: String::new(),
        };
        let first = listener.next_line();
        listener.url = first
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"))
            .to_owned();
        listener
    }

    /// The next line it printed; fails the test if none comes, or if it shows a secret.
    pub fn next_line(&mut self) -> String {
        match self.lines.recv_timeout(PATIENCE) {
            Ok(line) => {
                assert_no_secret(&line);
                line
            }
            Err(_) => {
                let _ = self.child.kill();
                let _ = self.child.wait();
                let stderr = self.stderr.recv_timeout(PATIENCE).unwrap_or_default();
                panic!("listen printed no further line; stderr: {stderr}")
            }
        }
    }

    /// The next `n` lines.
    pub fn next_lines(&mut self, n: usize) -> Vec<String> {
        (0..n).map(|_| self.next_line()).collect()
    }

    /// Sends SIGINT (Ctrl-C) and returns the exit status and what it wrote to stderr.
    pub fn interrupt(mut self) -> (Option<i32>, String) {
        let sent = Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .expect("the `kill` program (Debian package procps) sends Ctrl-C");
        assert!(sent.success(), "kill -INT failed");
        // Its stdout closes when it exits.
        loop {
            match self.lines.recv_timeout(PATIENCE) {
                Ok(line) => assert_no_secret(&line),
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
                Err(mpsc::RecvTimeoutError::Timeout) => panic!("listen did not stop on Ctrl-C"),
            }
        }
        let status = self.child.wait().expect("listen can be waited on");
        let stderr = self.stderr.recv_timeout(PATIENCE).unwrap_or_default();
        assert_no_secret(&stderr);
        (status.code(), stderr)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Lines the test did not read are checked too (unless it already failed).
        if !thread::panicking() {
            while let Ok(line) = self.lines.recv_timeout(PATIENCE) {
                assert_no_secret(&line);
            }
            if let Ok(stderr) = self.stderr.recv_timeout(PATIENCE) {
                assert_no_secret(&stderr);
            }
        }
    }
}

/// Sends each line of `stream` on a channel. The receiving test checks it for secrets: a
/// panic in this thread would only close the channel, not fail the test.
fn forward_lines(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        // Lossy: a line that is not UTF-8 must not stop the lines after it being checked.
        for line in BufReader::new(stream).split(b'\n') {
            let Ok(line) = line else { break };
            let line = String::from_utf8_lossy(&line)
                .trim_end_matches('\r')
                .to_owned();
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Sends everything `stream` held once it closes.
fn collect(mut stream: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut text = String::new();
        let _ = stream.read_to_string(&mut text);
        let _ = tx.send(text);
    });
    rx
}

/// A scratch directory for capture files, removed when dropped.
pub struct Scratch(pub std::path::PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("openai-webhooks-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        Scratch(dir)
    }

    /// Writes `contents` to `name` and returns its path as a string.
    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> String {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("scratch file");
        path.to_str().expect("UTF-8 temp path").to_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What a raw HTTP/1.1 POST got: status, headers (names lowercased) and body.
#[derive(Debug)]
pub struct RawAnswer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl RawAnswer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// POSTs `body` to `url` (`http://host:port/path`) with `headers` given as raw bytes, for
/// requests the tool itself would never send.
pub fn post_raw(url: &str, headers: &[(&str, &[u8])], body: &[u8]) -> RawAnswer {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut stream = std::net::TcpStream::connect(host).expect("the server accepts");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    let mut request = format!(
        "POST {path} HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    )
    .into_bytes();
    for (name, value) in headers {
        request.extend_from_slice(name.as_bytes());
        request.extend_from_slice(b": ");
        request.extend_from_slice(value);
        request.extend_from_slice(b"\r\n");
    }
    request.extend_from_slice(b"\r\n");
    request.extend_from_slice(body);
    stream.write_all(&request).expect("the request is sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("an answer");
    let answer = String::from_utf8_lossy(&answer);
    let (head, body) = answer.split_once("\r\n\r\n").expect("a complete answer");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .expect("a status line");
    RawAnswer {
        status: status.parse().expect("a numeric status"),
        headers: lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.to_ascii_lowercase(), v.trim().to_owned()))
            .collect(),
        body: body.to_owned(),
    }
}

/// The three webhook headers for `body`, signed now with [`SECRET`] under `webhook_id`.
pub fn signed_headers(webhook_id: &str, body: &[u8]) -> Vec<(&'static str, Vec<u8>)> {
    let webhook = openai_webhooks::Webhook::new(SECRET).expect("the test secret is valid");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("a clock after 1970")
        .as_secs() as i64;
    vec![
        ("webhook-id", webhook_id.as_bytes().to_vec()),
        ("webhook-timestamp", now.to_string().into_bytes()),
        (
            "webhook-signature",
            webhook.sign(webhook_id, now, body).into_bytes(),
        ),
    ]
}
