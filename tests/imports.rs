//! The import graph of `src/` has no cycle: no file reaches itself through
//! the files it imports. Every `use` counts (`crate::`, `super::`, `self::`,
//! child modules, globs and re-exports), and so does every `crate::` or
//! `super::` path written inline. A module's `mod.rs` may re-export its
//! parts, so long as the parts do not import it back; inside a module,
//! import the file that defines a thing. See ARCHITECTURE.md.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

type Module = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/a/b.rs` and `src/a/b/mod.rs` are module `a::b`; `lib.rs` and `main.rs` the root.
fn module_of(src: &Path, file: &Path) -> Module {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Module = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The text without comments, string contents and `#[cfg(test)] mod tests`.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    let (mut out, mut chars) = (String::new(), text.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '"' => {
                out.push('"');
                let mut escaped = false;
                for c in chars.by_ref() {
                    if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push('"');
            }
            c => out.push(c),
        }
    }
    out
}

/// `a::{b, c::{d, e as f}}` as `a::b`, `a::c::d`, `a::c::e`.
fn flatten(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        let path = tree.split(" as ").next().unwrap_or(tree);
        return vec![path.split_whitespace().collect()];
    };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.rfind('}').unwrap()]);
    let (mut parts, mut depth, mut current) = (Vec::new(), 0, String::new());
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if c == ',' && depth == 0 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| flatten(p).into_iter().map(|q| format!("{prefix}{q}")))
        .collect()
}

/// Every path the code names: its `use` trees, flattened, and inline
/// `crate::…`/`super::…` paths (not `pub(in crate::…)`).
fn paths_in(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for statement in code.split(';') {
        let words = statement.trim_start();
        let words = words
            .strip_prefix("pub ")
            .or_else(|| words.strip_prefix("pub(crate) "))
            .or_else(|| words.strip_prefix("pub(super) "))
            .unwrap_or(words);
        if let Some(tree) = words.strip_prefix("use ") {
            paths.extend(flatten(tree));
        }
    }
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    for start in ["crate::", "super::"] {
        for (at, _) in code.match_indices(start) {
            let before = &code[..at];
            if before.ends_with(|c: char| ident(c) || c == ':') || before.ends_with("in ") {
                continue;
            }
            let path: String = code[at..]
                .chars()
                .take_while(|&c| ident(c) || c == ':')
                .collect();
            // `super::{…}` and `super::*` are read with their `use` above.
            if !path.ends_with("::") {
                paths.push(path);
            }
        }
    }
    paths
}

fn graph() -> BTreeMap<Module, BTreeSet<Module>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeMap<Module, PathBuf> = files
        .iter()
        .map(|f| (module_of(&src, f), f.clone()))
        .collect();
    let resolve = |parts: &[String]| {
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].to_vec())
            .find(|m| modules.contains_key(m))
    };
    let mut edges = BTreeMap::new();
    for (module, file) in &modules {
        let code = code_of(&std::fs::read_to_string(file).unwrap());
        let children: BTreeSet<String> = code
            .lines()
            .filter_map(|l| {
                let l = l.trim();
                let l = l
                    .strip_prefix("pub ")
                    .or(l.strip_prefix("pub(crate) "))
                    .unwrap_or(l);
                let l = l.strip_prefix("pub(super) ").unwrap_or(l);
                l.strip_prefix("mod ")?.strip_suffix(';').map(str::to_owned)
            })
            .collect();
        let mut to = BTreeSet::new();
        for path in paths_in(&code) {
            let segments: Vec<String> = path
                .split("::")
                .filter(|s| !s.is_empty() && *s != "*" && *s != "self")
                .map(str::to_owned)
                .collect();
            let Some(first) = segments.first() else {
                continue;
            };
            let (mut base, mut rest) = match first.as_str() {
                "crate" => (Vec::new(), &segments[1..]),
                "super" => (
                    module[..module.len().saturating_sub(1)].to_vec(),
                    &segments[1..],
                ),
                c if children.contains(c) => (module.clone(), &segments[..]),
                _ => continue,
            };
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
            base.extend(rest.iter().cloned());
            if let Some(target) = resolve(&base).filter(|t| t != module) {
                to.insert(target);
            }
        }
        edges.insert(module.clone(), to);
    }
    edges
}

/// The strongly connected groups of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        groups: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a Module) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for t in &w.edges[v] {
            if !w.index.contains_key(t) {
                visit(w, t);
                let low = w.low[v].min(w.low[t]);
                w.low.insert(v, low);
            } else if w.stack.contains(&t) {
                let low = w.low[v].min(w.index[t]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut group = Vec::new();
            while let Some(t) = w.stack.pop() {
                group.push(t.join("::"));
                if t == v {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                w.groups.push(group);
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        groups: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            visit(&mut walk, v);
        }
    }
    walk.groups
}

#[test]
fn use_trees_and_paths_are_read_as_the_compiler_reads_them() {
    assert_eq!(
        flatten("crate::{a::{b, c as d}, e}"),
        ["crate::a::b", "crate::a::c", "crate::e"]
    );
    let code = code_of(
        "use super::x::*; // crate::not_this\nfn f() { crate::y::z(); } pub(in crate::w) fn g() {}",
    );
    assert_eq!(paths_in(&code), ["super::x::*", "crate::y::z"]);
    let mut two = BTreeMap::new();
    two.insert(vec!["a".to_owned()], BTreeSet::from([vec!["b".to_owned()]]));
    two.insert(vec!["b".to_owned()], BTreeSet::from([vec!["a".to_owned()]]));
    assert_eq!(cycles(&two), [vec!["a".to_owned(), "b".to_owned()]]);
}

#[test]
fn no_file_of_src_imports_itself_through_others() {
    let edges = graph();
    assert!(edges.len() > 100, "only {} modules read", edges.len());
    assert!(
        edges.values().map(BTreeSet::len).sum::<usize>() > 500,
        "too few imports read"
    );
    let found = cycles(&edges);
    assert!(
        found.is_empty(),
        "import cycles among src/ files (each group imports itself in a circle): {found:#?}"
    );
}
