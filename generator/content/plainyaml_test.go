package content

import (
	"reflect"
	"testing"
)

// The plain reader takes the common form of briefing frontmatter and leaves the rest to
// yaml.v3.
func TestPlainYAML(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]any // nil: left to yaml.v3
	}{
		{"title: \"Allied Troops Advance\"\ndate: 2017-10-14T20:26:21Z\ntheatres: [\"Europe\"]\ntags: [\"a\", \"b\"]\n",
			map[string]any{"title": "Allied Troops Advance", "date": "2017-10-14T20:26:21Z", "theatres": []any{"Europe"}, "tags": []any{"a", "b"}}},
		{"title: Coalition strikes near Raqqa, Syria\r\n\r\nauthor: Press Desk\r\ntags: []\n",
			map[string]any{"title": "Coalition strikes near Raqqa, Syria", "author": "Press Desk", "tags": []any{}}},
		{"date: 2017-10-14 20:26:21 -0700  \nslug: \"x\"", map[string]any{"date": "2017-10-14 20:26:21 -0700", "slug": "x"}},
		{"", map[string]any{}},
		{"title: \"Mosul — Día 126\"\n", map[string]any{"title": "Mosul — Día 126"}},
		// Left to yaml.v3.
		{"title: \"a\\\"b\"\n", nil},        // an escape
		{"title: 'single'\n", nil},          // single quotes
		{"draft: true\n", nil},              // a boolean
		{"title: null\n", nil},              // a null
		{"count: 7\n", nil},                 // a number
		{"title: A # comment\n", nil},       // a comment
		{"title: A\ntitle: B\n", nil},       // a repeated key
		{"tags:\n  - a\n", nil},             // a block sequence
		{"title: Day 126: report\n", nil},   // a colon
		{"title: \"a\" x\n", nil},           // text after the string
		{"title: [\"a\", b]\n", nil},        // an unquoted item
		{"  title: A\n", nil},               // indentation
		{"title: A\n  continued\n", nil},    // a folded line
		{"title: \"a\u2028b\"\n", nil},      // a line separator
		{"title: \"a\tb\u0085\"\n", nil},    // a next-line character
		{"title:\n", nil},                   // empty
		{"title: &a A\n", nil},              // an anchor
		{"date: 2017-10-14 # local\n", nil}, // a comment after a date
		{"title: \"\xef\xbb\xbfa\"\n", nil}, // a byte-order mark
		{"weird key: A\n", nil},             // a key with a space
		{"title: A\n \n", nil},              // a line of spaces
		{"title: A  B\n", nil},              // two spaces inside a plain value
		{"title: \"unterminated\n", nil},    // no closing quote
		{"title: [\"a\",, \"b\"]\n", nil},   // an empty item
		{"title: [\"a\"] trailing\n", nil},  // text after the list
		{"title: [\"a\"\n", nil},            // no closing bracket
		{"title: yes sir, TRUE\n", map[string]any{"title": "yes sir, TRUE"}},
	} {
		got, ok := decodePlainYAML([]byte(tc.in))
		if tc.want == nil {
			if ok {
				t.Errorf("%q: read as %#v, want it left to yaml.v3", tc.in, got)
			}
			continue
		}
		if !ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %#v (%v), want %#v", tc.in, got, ok, tc.want)
		}
		// And yaml.v3 agrees.
		slow, _, err := decodeMapSlow(&raw{format: "yaml", data: []byte(tc.in), line: 2})
		if err != nil || !reflect.DeepEqual(slow, tc.want) {
			t.Errorf("%q: yaml.v3 gives %#v, %v", tc.in, slow, err)
		}
	}
}

// FuzzPlainYAML holds the plain reader to yaml.v3: whatever it reads, yaml.v3 reads without
// error into the same map.
func FuzzPlainYAML(f *testing.F) {
	for _, s := range []string{
		"title: \"A\"\ndate: 2017-10-14T20:26:21Z\ntheatres: [\"Europe\", \"Middle East\"]\n",
		"title: Plain words, here\nauthor: Desk\n", "tags: []\n", "x: y\n\nz: \"w\"\r\n", "date: 2017-10-14 20:26\n",
		"title: no\n", "title: On\n", "title: y\n", "title: Yes\n", "title: NaN\n", "title: Infinity\n", "a-b_c: d\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fast, ok := decodePlainYAML(data)
		if !ok {
			return
		}
		slow, _, err := decodeMapSlow(&raw{format: "yaml", data: data, line: 2})
		if err != nil {
			t.Fatalf("plain reader read %q as %#v; yaml.v3 fails: %v", data, fast, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q: plain reader %#v, yaml.v3 %#v", data, fast, slow)
		}
	})
}
