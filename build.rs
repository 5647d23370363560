//! Builds every template under `templates/` into the binary, so one file
//! runs anywhere; `web.templates_dir` reads them from disk instead.

fn main() {
    minijinja_embed::embed_templates!("templates", &[".html", ".txt"][..]);
}
