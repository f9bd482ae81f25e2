// Package content reads the briefings of a site: every .md file under content/, in nested
// folders, each with YAML (---), TOML (+++) or JSON ({ … }) frontmatter.
//
// Load turns files into Briefing values and checks them: a required field that is missing,
// a date that does not parse, frontmatter that is not valid YAML, TOML or JSON, an unknown
// frontmatter key, text that is not UTF-8, and two briefings that would be written to the
// same URL are diagnostics with file:line:col. Load reports every problem of the archive at
// once. It keeps the markdown body as bytes, with the line on which it starts, so later
// stages can report positions in the file; it renders nothing and knows no templates.
//
// adrg/frontmatter finds the frontmatter block; yaml.v3, BurntSushi/toml and encoding/json
// decode it. A YAML block in the form most briefings use (quoted strings, lists of quoted
// strings, plain words, a date, one key per line) is read by decodePlainYAML, four times
// faster, which gives up on anything else and is held to yaml.v3's result by FuzzPlainYAML.
package content
