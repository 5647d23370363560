//! A small SMTP server for tests, on loopback: it speaks enough of RFC 5321
//! for a real client, keeps what it receives, and can be told to refuse
//! messages. Plus reading the text of a MIME message, so tests check what a
//! person would read.

use std::{
    net::SocketAddr,
    sync::{
        Arc, Mutex,
        atomic::{AtomicU32, Ordering},
    },
};

use base64::Engine;
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
};

#[derive(Clone, Debug)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    /// The raw message as sent.
    pub data: String,
}

impl Received {
    /// The decoded bodies of the message's text parts, by content type.
    pub fn parts(&self) -> Vec<(String, String)> {
        text_parts(&self.data)
    }

    pub fn text(&self) -> String {
        self.part("text/plain")
    }

    pub fn html(&self) -> String {
        self.part("text/html")
    }

    fn part(&self, kind: &str) -> String {
        self.parts()
            .into_iter()
            .find(|(t, _)| t.starts_with(kind))
            .map(|(_, body)| body)
            .unwrap_or_else(|| panic!("no {kind} part in:\n{}", self.data))
    }

    pub fn subject(&self) -> String {
        header(&self.data, "subject").unwrap_or_default()
    }

    /// The `From` header, decoded: the sender's name and address.
    pub fn sender(&self) -> String {
        header(&self.data, "from").unwrap_or_default()
    }
}

#[derive(Clone)]
pub struct SmtpSink {
    pub addr: SocketAddr,
    received: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<AtomicU32>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let sink = Self {
            addr: listener.local_addr().unwrap(),
            received: Arc::default(),
            refuse: Arc::default(),
        };
        let accepted = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(accepted.clone().session(stream));
            }
        });
        sink
    }

    /// `smtp://` URL for `mail.smtp_url`.
    pub fn url(&self) -> String {
        format!("smtp://{}", self.addr)
    }

    pub fn messages(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }

    /// Answers the next `n` messages with a temporary failure.
    pub fn refuse_next(&self, n: u32) {
        self.refuse.store(n, Ordering::SeqCst);
    }

    async fn session(self, stream: tokio::net::TcpStream) {
        let (read, mut write) = stream.into_split();
        let mut lines = BufReader::new(read);
        let _ = write.write_all(b"220 sink.test ESMTP\r\n").await;
        let (mut from, mut to) = (String::new(), Vec::new());
        let mut line = String::new();
        loop {
            line.clear();
            if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            let command = line.trim_end().to_owned();
            let upper = command.to_ascii_uppercase();
            let reply: &[u8] = if upper.starts_with("EHLO") {
                b"250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"
            } else if upper.starts_with("HELO") || upper.starts_with("NOOP") {
                b"250 ok\r\n"
            } else if upper.starts_with("RSET") {
                (from, to) = (String::new(), Vec::new());
                b"250 ok\r\n"
            } else if upper.starts_with("MAIL FROM:") {
                from = address(&command);
                b"250 ok\r\n"
            } else if upper.starts_with("RCPT TO:") {
                to.push(address(&command));
                b"250 ok\r\n"
            } else if upper == "DATA" {
                let _ = write.write_all(b"354 go on\r\n").await;
                let mut data = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == ".\r\n" {
                        break;
                    }
                    data.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let refused = self
                    .refuse
                    .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
                    .is_ok();
                if refused {
                    b"451 try again later\r\n"
                } else {
                    self.received.lock().unwrap().push(Received {
                        from: std::mem::take(&mut from),
                        to: std::mem::take(&mut to),
                        data,
                    });
                    b"250 queued\r\n"
                }
            } else if upper == "QUIT" {
                let _ = write.write_all(b"221 bye\r\n").await;
                return;
            } else {
                b"502 not implemented\r\n"
            };
            if write.write_all(reply).await.is_err() {
                return;
            }
        }
    }
}

fn address(command: &str) -> String {
    let start = command.find('<').map_or(0, |i| i + 1);
    let end = command.rfind('>').unwrap_or(command.len());
    command[start..end].to_owned()
}

/// An unfolded header of a message or part, decoded if it is an RFC 2047 word.
fn header(raw: &str, name: &str) -> Option<String> {
    let head = raw.split("\r\n\r\n").next().unwrap_or(raw);
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let value = unfolded.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().to_owned())
    })?;
    Some(
        value
            .split(' ')
            .map(|w| {
                match w
                    .strip_prefix("=?utf-8?b?")
                    .or_else(|| w.strip_prefix("=?UTF-8?B?"))
                    .and_then(|w| w.strip_suffix("?="))
                {
                    Some(b64) => String::from_utf8(
                        base64::engine::general_purpose::STANDARD
                            .decode(b64)
                            .unwrap_or_default(),
                    )
                    .unwrap_or_default(),
                    None => w.to_owned(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
            .replace("  ", " "),
    )
}

/// The text/* parts of a MIME message (or the message itself if it is not
/// multipart), decoded from quoted-printable or base64.
pub fn text_parts(raw: &str) -> Vec<(String, String)> {
    let content_type = header(raw, "content-type").unwrap_or_else(|| "text/plain".into());
    if let Some(boundary) = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned())
    {
        let delimiter = format!("--{boundary}");
        return raw
            .split(&delimiter)
            .skip(1)
            .filter(|p| !p.starts_with("--"))
            .flat_map(|p| text_parts(p.trim_start_matches("\r\n")))
            .collect();
    }
    if !content_type.starts_with("text/") {
        return Vec::new();
    }
    let body = raw.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    let encoding = header(raw, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let decoded = match encoding.as_str() {
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            String::from_utf8(
                base64::engine::general_purpose::STANDARD
                    .decode(compact)
                    .expect("base64 body"),
            )
            .expect("UTF-8 body")
        }
        "quoted-printable" => quoted_printable(body),
        _ => body.to_owned(),
    };
    vec![(content_type, decoded.replace("\r\n", "\n"))]
}

fn quoted_printable(body: &str) -> String {
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len() + 1
            && let Some(hex) = joined.get(i + 1..i + 3)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8 body")
}
