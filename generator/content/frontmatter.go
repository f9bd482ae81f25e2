package content

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"gopkg.in/yaml.v3"
)

// fields is what frontmatter may hold. Theatre and operation may be given in the singular
// (a string) or the plural (a list).
var knownFields = []string{"title", "date", "theatre", "theatres", "operation", "operations",
	"author", "summary", "tags", "slug", "source", "draft"}

// raw holds the frontmatter block as found, before decoding.
type raw struct {
	format string
	data   []byte
	line   int // line of the file on which data starts
}

// split separates frontmatter and body with adrg/frontmatter. The decoding itself is done by
// decode, which knows positions.
//
// The library reads all of its input, copying the body into a buffer that it grows as it
// goes (three times the size of the archive in garbage, over all files). So when the file
// opens with a "---" or "+++" line and a closing line is found, the library gets only the
// text up to the end of that closing line, and the body is the rest of the file as it is:
// the same frontmatter, body and errors as from the whole file (FuzzSplitHead compares
// them), without the copy.
func split(text []byte) (*raw, []byte, error) {
	if head, ok := frontmatterHead(text); ok {
		r, rest, err := splitWith(text[:head])
		if err == nil && r != nil && len(rest) == 0 {
			return r, text[head:], nil
		}
	}
	return splitWith(text)
}

// frontmatterHead finds where a "---" or "+++" frontmatter block ends, just past its closing
// line, reading lines as adrg/frontmatter does (blank lines before the opening one skipped,
// lines compared with their surrounding white space trimmed). ok is false for anything else
// (JSON frontmatter, no frontmatter, no closing line): the library reads the whole file.
func frontmatterHead(text []byte) (int, bool) {
	var delim []byte
	for pos := 0; pos < len(text); {
		end := len(text)
		if i := bytes.IndexByte(text[pos:], '\n'); i >= 0 {
			end = pos + i + 1
		}
		line := bytes.TrimSpace(text[pos:end])
		pos = end
		switch {
		case delim == nil && len(line) == 0:
			continue
		case delim == nil:
			if string(line) != "---" && string(line) != "+++" {
				return 0, false
			}
			delim = line
		case bytes.Equal(line, delim):
			return end, true
		}
	}
	return 0, false
}

// splitWith is split's work done by adrg/frontmatter on the whole of text.
func splitWith(text []byte) (*raw, []byte, error) {
	var got raw
	capture := func(format string) frontmatter.UnmarshalFunc {
		return func(data []byte, _ any) error {
			got.format = format
			got.data = append([]byte(nil), data...)
			return nil
		}
	}
	formats := []*frontmatter.Format{
		frontmatter.NewFormat("---", "---", capture("yaml")),
		frontmatter.NewFormat("+++", "+++", capture("toml")),
		{Start: "{", End: "}", Unmarshal: capture("json"), UnmarshalDelims: true, RequiresNewLine: true},
	}
	body, err := frontmatter.Parse(bytes.NewReader(text), nil, formats...)
	if err != nil {
		return nil, nil, err
	}
	if got.format == "" {
		return nil, body, nil
	}
	got.line = 2
	if got.format == "json" {
		got.line = 1
	}
	return &got, body, nil
}

// fieldPositions finds the line and column of each top-level key in the block by its text,
// the same way for all three formats.
func fieldPositions(r *raw) map[string]Pos {
	pos := make(map[string]Pos, 12)
	data := r.data
	for i := 0; len(data) > 0; i++ {
		line := data
		if j := bytes.IndexByte(data, '\n'); j >= 0 {
			line, data = data[:j], data[j+1:]
		} else {
			data = nil
		}
		trimmed := bytes.TrimLeft(line, " \t{,")
		col := len(line) - len(trimmed) + 1
		key := trimmed
		if len(key) > 0 && key[0] == '"' {
			if j := bytes.IndexByte(key[1:], '"'); j >= 0 {
				key = key[1 : j+1]
			}
		} else if j := bytes.IndexAny(key, ":= \t"); j >= 0 {
			key = key[:j]
		}
		if len(key) == 0 {
			continue
		}
		if _, seen := pos[string(key)]; !seen {
			pos[string(key)] = Pos{Line: r.line + i, Col: col}
		}
	}
	return pos
}

var tomlLineCol = regexp.MustCompile(`line (\d+)(?:, column (\d+))?`)

// decodeMap decodes the block into a generic map, turning parse errors into positions.
func decodeMap(r *raw) (map[string]any, Pos, error) {
	if r.format == "yaml" {
		if plain, ok := decodePlainYAML(r.data); ok {
			return plain, Pos{}, nil
		}
	}
	return decodeMapSlow(r)
}

// decodeMapSlow is decodeMap with the format's own decoder for every block.
func decodeMapSlow(r *raw) (map[string]any, Pos, error) {
	m := map[string]any{}
	switch r.format {
	case "yaml":
		var node yaml.Node
		if err := yaml.Unmarshal(r.data, &node); err != nil {
			line, msg := 0, strings.TrimPrefix(err.Error(), "yaml: ")
			if mm := regexp.MustCompile(`line (\d+): `).FindStringSubmatchIndex(msg); mm != nil {
				line, _ = strconv.Atoi(msg[mm[2]:mm[3]])
				msg = msg[:mm[0]] + msg[mm[1]:]
			}
			return nil, Pos{Line: r.line + max(line, 1) - 1, Col: 1}, errors.New("invalid YAML frontmatter: " + msg)
		}
		if len(node.Content) == 0 {
			return m, Pos{}, nil
		}
		top := node.Content[0]
		if top.Kind != yaml.MappingNode {
			return nil, Pos{Line: r.line + top.Line - 1, Col: top.Column}, errors.New("frontmatter must be a mapping of keys to values")
		}
		for i := 0; i+1 < len(top.Content); i += 2 {
			k, v := top.Content[i], top.Content[i+1]
			var val any
			if v.Tag == "!!timestamp" || (v.Kind == yaml.ScalarNode && k.Value == "date") {
				val = v.Value // keep dates as written; parseDate decides
			} else if err := v.Decode(&val); err != nil {
				return nil, Pos{Line: r.line + v.Line - 1, Col: v.Column}, fmt.Errorf("invalid value for %q: %v", k.Value, err)
			}
			m[k.Value] = val
		}
	case "toml":
		if _, err := toml.Decode(string(r.data), &m); err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				return nil, Pos{Line: r.line + pe.Position.Line - 1, Col: max(pe.Position.Col, 1)}, errors.New("invalid TOML frontmatter: " + pe.Message)
			}
			line := 1
			if mm := tomlLineCol.FindStringSubmatch(err.Error()); mm != nil {
				line, _ = strconv.Atoi(mm[1])
			}
			return nil, Pos{Line: r.line + line - 1, Col: 1}, fmt.Errorf("invalid TOML frontmatter: %v", err)
		}
	case "json":
		dec := json.NewDecoder(bytes.NewReader(r.data))
		dec.UseNumber()
		if err := dec.Decode(&m); err != nil {
			off := int64(0)
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			if errors.As(err, &se) {
				off = se.Offset
			} else if errors.As(err, &te) {
				off = te.Offset
			}
			line, col := lineCol(r.data, int(off))
			return nil, Pos{Line: r.line + line - 1, Col: col}, fmt.Errorf("invalid JSON frontmatter: %v", err)
		}
	}
	return m, Pos{}, nil
}

// lineCol converts a byte offset to a 1-based line and column.
func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return line, col
}

// dateLayouts are the accepted forms of a date, most specific first.
var dateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05", true},
	{"2006-01-02T15:04Z07:00", true},
	{"2006-01-02T15:04", true},
	{"2006-01-02 15:04", true},
	{"2006-01-02", false},
}

// parseDate accepts a date with or without a time and zone. A date without a zone is UTC.
func parseDate(v any) (time.Time, bool, error) {
	switch d := v.(type) {
	case time.Time: // TOML dates; local ones (no zone) are taken as UTC
		zone, _ := d.Zone()
		if zone == "date-local" || zone == "datetime-local" {
			d = time.Date(d.Year(), d.Month(), d.Day(), d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), time.UTC)
		}
		return d, zone != "date-local", nil
	case string:
		s := strings.TrimSpace(d)
		for _, l := range dateLayouts {
			if t, err := time.Parse(l.layout, s); err == nil {
				return t, l.hasTime, nil
			}
		}
		return time.Time{}, false, fmt.Errorf("invalid date %q: write it as 2017-10-17, 2017-10-17T14:30:00Z or 2017-10-17T14:30:00-04:00", s)
	}
	return time.Time{}, false, fmt.Errorf("date must be a string such as 2017-10-17, not %T", v)
}

// stringsOf accepts a string or a list of strings.
func stringsOf(v any) ([]string, bool) {
	switch x := v.(type) {
	case string:
		if strings.TrimSpace(x) == "" {
			return nil, true
		}
		return []string{strings.TrimSpace(x)}, true
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, false
			}
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		return out, true
	case []string:
		return x, true
	case nil:
		return nil, true
	}
	return nil, false
}

// fill copies the decoded map into b, reporting every problem.
func fill(b *Briefing, m map[string]any, report func(key string, suggestion, format string, args ...any)) {
	str := func(key string) string {
		v, ok := m[key]
		if !ok || v == nil {
			return ""
		}
		s, ok := v.(string)
		if !ok {
			report(key, "", "%s must be a string", key)
			return ""
		}
		return strings.TrimSpace(s)
	}
	list := func(keys ...string) []string {
		var out []string
		for _, key := range keys {
			if v, ok := m[key]; ok {
				l, ok := stringsOf(v)
				if !ok {
					report(key, "", "%s must be a string or a list of strings", key)
				}
				out = append(out, l...)
			}
		}
		return out
	}
	for key := range m {
		if !contains(knownFields, key) {
			report(key, diag.Suggest(key, knownFields), "unknown frontmatter key %q", key)
		}
	}
	b.Title = str("title")
	if b.Title == "" {
		report("", "", "missing title: every briefing needs a title")
	}
	if v, ok := m["date"]; !ok || v == nil {
		report("", "", "missing date: every briefing needs a date such as 2017-10-17")
	} else if t, hasTime, err := parseDate(v); err != nil {
		report("date", "", "%v", err)
	} else {
		b.Date, b.HasTime = t, hasTime
	}
	b.Theatres = list("theatre", "theatres")
	b.Operations = list("operation", "operations")
	b.Author = str("author")
	b.Summary = str("summary")
	b.Tags = list("tags")
	b.Source = str("source")
	b.Slug = str("slug")
	if b.Slug != "" && config.Slugify(b.Slug) != b.Slug {
		report("slug", fmt.Sprintf("did you mean %q?", config.Slugify(b.Slug)), "slug %q is not a URL slug (lower-case letters, digits and hyphens)", b.Slug)
	}
	if b.Slug == "" {
		b.Slug = config.Slugify(b.Title)
	}
	if v, ok := m["draft"]; ok {
		d, isBool := v.(bool)
		if !isBool {
			report("draft", "", "draft must be true or false")
		}
		b.Draft = d
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
