//! No import cycles between modules. At every folder of a crate, the modules in it must form
//! layers: if `a` uses `b` (through `crate::`, `super::` or `self::` paths, in code that is not a
//! test), `b` must not use `a`, directly or through others. A parent and its own children may
//! use each other (a folder's `mod.rs` re-exports what its files define).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

type ModulePath = Vec<String>;

/// The crates whose modules must be acyclic, relative to the workspace root.
const CRATES: &[&str] = &["domain/src", "i18n/src", "backend/src", "worker/src", "jobs/src", "app/src"];

#[test]
fn the_crates_modules_form_layers() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace root");
    let mut report = Vec::new();
    for krate in CRATES {
        for cycle in cycles(&read_crate(&workspace.join(krate))) {
            report.push(format!("{krate}: {cycle}"));
        }
    }
    assert!(report.is_empty(), "module import cycles:\n{}", report.join("\n"));
}

#[test]
fn a_ring_of_three_is_found_and_a_parent_child_pair_is_not() {
    let modules = BTreeMap::from([
        (path(""), "pub mod a; pub mod b; pub mod c; pub mod tree;".to_string()),
        (path("a"), "use crate::b::Thing;".to_string()),
        (path("b"), "fn f() { crate::c::go() }".to_string()),
        (path("c"), "use crate::{tree, a::{self, Other}};".to_string()),
        (path("tree"), "pub use leaf::Leaf; mod leaf;".to_string()),
        (path("tree::leaf"), "use super::Root; // crate::a::Ignored".to_string()),
    ]);
    let found = cycles(&modules);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("a, b, c (in the crate root): "), "{}", found[0]);
}

#[test]
fn test_code_and_comments_do_not_count() {
    let modules = BTreeMap::from([
        (path("a"), "/// See [`crate::b`].\nuse crate::b::X;".to_string()),
        (
            path("b"),
            "//! Above `crate::a`.\nfn f() {}\n#[cfg(test)]\nmod tests {\n    use crate::a::Y;\n}\n"
                .to_string(),
        ),
    ]);
    assert!(cycles(&modules).is_empty());
    let mut looped = modules.clone();
    looped.insert(path("b"), "fn f() { let _ = crate::a::Y; }".to_string());
    assert_eq!(cycles(&looped).len(), 1);
}

fn path(dotted: &str) -> ModulePath {
    dotted.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Every module of the crate rooted at `src`, with its source. Files named `tests.rs` are test
/// modules and are left out.
fn read_crate(src: &Path) -> BTreeMap<ModulePath, String> {
    let mut modules = BTreeMap::new();
    let mut folders = vec![PathBuf::from(src)];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).expect("a source folder") {
            let file = entry.expect("a folder entry").path();
            if file.is_dir() {
                folders.push(file);
                continue;
            }
            if file.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = file.strip_prefix(src).expect("inside the crate").with_extension("");
            let mut module: ModulePath =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            match module.last().map(String::as_str) {
                Some("tests") => continue,
                Some("mod" | "lib" | "main") => {
                    module.pop();
                }
                _ => {}
            }
            modules.insert(module, fs::read_to_string(&file).expect("a readable source file"));
        }
    }
    modules
}

/// Each set of sibling modules that use each other in a ring, with the uses that close it.
fn cycles(modules: &BTreeMap<ModulePath, String>) -> Vec<String> {
    // parent -> (sibling -> sibling it uses -> an example of the use)
    let mut graphs: BTreeMap<ModulePath, BTreeMap<String, BTreeMap<String, String>>> = BTreeMap::new();
    for (module, source) in modules {
        for used in references(module, &code(source)) {
            let Some(target) = longest_module(modules, &used) else { continue };
            let common = module.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == module.len() || common == target.len() {
                continue; // the module itself, an ancestor or a descendant
            }
            graphs
                .entry(module[..common].to_vec())
                .or_default()
                .entry(module[common].clone())
                .or_default()
                .entry(target[common].clone())
                .or_insert_with(|| format!("{} uses {}", module.join("::"), used.join("::")));
        }
    }
    let mut found = Vec::new();
    for (parent, graph) in &graphs {
        for component in strongly_connected(graph) {
            let uses: Vec<&str> = component
                .iter()
                .flat_map(|from| {
                    graph[from].iter().filter(|(to, _)| component.contains(*to)).map(|(_, why)| why.as_str())
                })
                .collect();
            let names: Vec<&str> = component.iter().map(String::as_str).collect();
            let at = if parent.is_empty() { "the crate root".to_string() } else { parent.join("::") };
            found.push(format!("{} (in {at}): {}", names.join(", "), uses.join("; ")));
        }
    }
    found
}

/// The groups of modules that reach each other. A folder holds a handful of modules, so plain
/// reachability both ways is enough.
fn strongly_connected(graph: &BTreeMap<String, BTreeMap<String, String>>) -> Vec<BTreeSet<String>> {
    let reach = |start: &String| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(node) = stack.pop() {
            for next in graph.get(&node).into_iter().flat_map(BTreeMap::keys) {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reachable: BTreeMap<&String, BTreeSet<String>> = graph.keys().map(|n| (n, reach(n))).collect();
    let mut components: Vec<BTreeSet<String>> = Vec::new();
    for (node, reaches) in &reachable {
        if !reaches.contains(*node) || components.iter().any(|c| c.contains(*node)) {
            continue;
        }
        let component = reaches
            .iter()
            .filter(|other| reachable.get(other).is_some_and(|back| back.contains(*node)))
            .cloned()
            .collect();
        components.push(component);
    }
    components
}

/// The longest prefix of `used` that names a module.
fn longest_module(modules: &BTreeMap<ModulePath, String>, used: &[String]) -> Option<ModulePath> {
    (0..=used.len()).rev().map(|n| used[..n].to_vec()).find(|prefix| modules.contains_key(prefix))
}

/// The source without comments and without `#[cfg(test)]` items.
fn code(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.lines() {
        // `//` starts a comment unless it follows `:` (as in `https://` inside a string).
        let cut = line.match_indices("//").find(|(i, _)| !line[..*i].ends_with(':')).map(|(i, _)| i);
        out.push_str(&line[..cut.unwrap_or(line.len())]);
        out.push('\n');
    }
    while let Some(start) = out.find("#[cfg(test)]") {
        let end = item_end(&out, start + "#[cfg(test)]".len());
        out.replace_range(start..end, "");
    }
    out
}

/// Where the item starting after `from` ends: its `;`, or the brace closing its body.
fn item_end(code: &str, from: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in code[from..].char_indices() {
        match c {
            ';' if depth == 0 => return from + i + 1,
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return from + i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The absolute module paths `module`'s code names through `crate::`, `super::` and `self::`.
fn references(module: &[String], code: &str) -> Vec<ModulePath> {
    let mut found = Vec::new();
    for (anchor, base) in [
        ("crate::", Vec::new()),
        ("super::", module[..module.len().saturating_sub(1)].to_vec()),
        ("self::", module.to_vec()),
    ] {
        for (at, _) in code.match_indices(anchor) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let mut paths = Vec::new();
            tree(&code[at + anchor.len()..], base.clone(), &mut paths);
            found.extend(paths);
        }
    }
    found
}

/// Reads a use tree (`a::b`, `a::{b, c::{d, self}}`) from the start of `text`; pushes each path.
/// Returns how much of `text` it read.
fn tree(text: &str, prefix: ModulePath, out: &mut Vec<ModulePath>) -> usize {
    let mut path = prefix;
    let mut at = 0;
    loop {
        at += blank(&text[at..]);
        let trimmed = &text[at..];
        if let Some(group) = trimmed.strip_prefix('{') {
            // `at` is at the brace; `read` counts what the group's items and separators took.
            let mut read = 0;
            loop {
                read += tree(&group[read..], path.clone(), out);
                read += blank(&group[read..]);
                match group[read..].chars().next() {
                    Some(',') => {
                        read += 1;
                        read += blank(&group[read..]);
                        if group[read..].starts_with('}') {
                            return at + 1 + read + 1;
                        }
                    }
                    Some('}') => return at + 1 + read + 1,
                    _ => return at + 1 + read,
                }
            }
        }
        let name: String = trimmed.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if name.is_empty() {
            out.push(path);
            return at;
        }
        at += name.len();
        if name == "super" {
            path.pop();
        } else if name != "self" {
            path.push(name);
        }
        match text[at..].strip_prefix("::") {
            Some(_) => at += 2,
            None => {
                out.push(path);
                return at;
            }
        }
    }
}

/// How many bytes of white space `text` starts with.
fn blank(text: &str) -> usize {
    text.len() - text.trim_start().len()
}
