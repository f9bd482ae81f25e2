package content

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/sitrep-archive/sitrep/generator/diag"
)

func TestParseFormats(t *testing.T) {
	tests := []struct {
		name, text string
		want       Briefing
	}{
		{name: "yaml", text: "---\ntitle: Raqqa Day 126\ndate: 2017-10-17\ntheatres: [Syria]\noperation: Inherent Resolve\ntags: [raqqa]\ndraft: true\n---\nBody text.\n",
			want: Briefing{Format: "yaml", Title: "Raqqa Day 126", Date: time.Date(2017, 10, 17, 0, 0, 0, 0, time.UTC), Theatres: []string{"Syria"},
				Operations: []string{"Inherent Resolve"}, Tags: []string{"raqqa"}, Draft: true, Slug: "raqqa-day-126", BodyLine: 9}},
		{name: "toml", text: "+++\ntitle = \"Strikes in Somalia\"\ndate = 2019-04-02T10:00:00Z\ntheatres = [\"Somalia\"]\nslug = \"somalia-strikes\"\n+++\n\nBody.\n",
			want: Briefing{Format: "toml", Title: "Strikes in Somalia", Date: time.Date(2019, 4, 2, 10, 0, 0, 0, time.UTC), HasTime: true,
				Theatres: []string{"Somalia"}, Slug: "somalia-strikes", BodyLine: 7}},
		{name: "toml local date", text: "+++\ntitle = \"X\"\ndate = 2019-04-02\n+++\nBody.\n",
			want: Briefing{Format: "toml", Title: "X", Date: time.Date(2019, 4, 2, 0, 0, 0, 0, time.UTC), Slug: "x", BodyLine: 5}},
		{name: "json", text: "{\n  \"title\": \"Kunduz update\",\n  \"date\": \"2016-10-04T09:00:00-04:00\",\n  \"theatres\": [\"Afghanistan\"],\n  \"summary\": \"S\"\n}\n\nBody.\n",
			want: Briefing{Format: "json", Title: "Kunduz update", Date: time.Date(2016, 10, 4, 13, 0, 0, 0, time.UTC), HasTime: true,
				Theatres: []string{"Afghanistan"}, Summary: "S", Slug: "kunduz-update", BodyLine: 8}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, diags := Parse("content/x.md", []byte(tt.text))
			if len(diags) > 0 {
				t.Fatalf("unexpected diagnostics: %v", diags)
			}
			w := tt.want
			if b.Format != w.Format || b.Title != w.Title || !b.Date.Equal(w.Date) || b.HasTime != w.HasTime || b.Slug != w.Slug ||
				strings.Join(b.Theatres, "|") != strings.Join(w.Theatres, "|") || strings.Join(b.Operations, "|") != strings.Join(w.Operations, "|") ||
				strings.Join(b.Tags, "|") != strings.Join(w.Tags, "|") || b.Draft != w.Draft || b.Summary != w.Summary || b.BodyLine != w.BodyLine {
				t.Errorf("got  %+v\nwant %+v", *b, w)
			}
			if !strings.Contains(string(b.Body), "Body") {
				t.Errorf("body %q", b.Body)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"missing title", "---\ndate: 2017-10-17\n---\n", "content/x.md:1:1: missing title"},
		{"missing date", "---\ntitle: A\n---\n", "content/x.md:1:1: missing date"},
		{"bad date", "---\ntitle: A\ndate: 17/10/2017\n---\n", `content/x.md:3:1: invalid date "17/10/2017"`},
		{"broken yaml", "---\ntitle: A\ndate: x: y\n---\n", "content/x.md:3:1: invalid YAML frontmatter: mapping values are not allowed"},
		{"broken toml", "+++\ntitle = \"A\"\ndate = \n+++\n", "content/x.md:3:"},
		{"broken json", "{\n  \"title\": \"A\",\n  \"date\": 2017-10-17\n}\n\nx\n", "content/x.md:3:"},
		{"unknown key", "---\ntitle: A\ndate: 2017-10-17\ntheater: Iraq\n---\n", `content/x.md:4:1: unknown frontmatter key "theater" (did you mean "theatre"?)`},
		{"bad slug", "---\ntitle: A\ndate: 2017-10-17\nslug: Not A Slug\n---\n", `content/x.md:4:1: slug "Not A Slug" is not a URL slug`},
		{"no frontmatter", "# Just markdown\n", "content/x.md:1:1: no frontmatter"},
		{"non utf-8", "---\ntitle: caf\xe9\ndate: 2017-10-17\n---\n", "content/x.md:2:11: the file is not valid UTF-8"},
		{"draft not bool", "---\ntitle: A\ndate: 2017-10-17\ndraft: maybe\n---\n", "content/x.md:4:1: draft must be true or false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Parse("content/x.md", []byte(tt.text))
			if len(diags) == 0 {
				t.Fatalf("want error %q, got none", tt.want)
			}
			if got := diags.Error(); !strings.Contains(got, tt.want) {
				t.Errorf("got %q\nwant it to contain %q", got, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	now := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	fsys := fstest.MapFS{
		"content/a/old.md":     {Data: []byte("---\ntitle: Old\ndate: 2015-01-02\n---\nx\n")},
		"content/b/c/new.md":   {Data: []byte("---\ntitle: New\ndate: 2019-05-06\n---\nx\n")},
		"content/draft.md":     {Data: []byte("---\ntitle: Draft\ndate: 2018-01-01\ndraft: true\n---\nx\n")},
		"content/future.md":    {Data: []byte("---\ntitle: Future\ndate: 2031-01-01\n---\nx\n")},
		"content/notes.txt":    {Data: []byte("not a briefing")},
		"content/_hidden/x.md": {Data: []byte("broken")},
		"content/.editor/x.md": {Data: []byte("broken")},
		"layouts/ignored.md":   {Data: []byte("broken")},
	}
	got, err := Load(fsys, Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if titles(got) != "New|Old" {
		t.Errorf("default: %s", titles(got))
	}
	got, _ = Load(fsys, Options{Now: now, Drafts: true, Future: true})
	if titles(got) != "Future|New|Draft|Old" {
		t.Errorf("drafts+future: %s", titles(got))
	}
}

func TestLoadReportsAllErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"content/one.md":  {Data: []byte("---\ntitle: A\n---\n")},
		"content/two.md":  {Data: []byte("---\ndate: 2017-01-01\n---\n")},
		"content/dup1.md": {Data: []byte("---\ntitle: Same\ndate: 2017-01-01\n---\n")},
		"content/dup2.md": {Data: []byte("---\ntitle: Other\nslug: same\ndate: 2017-01-20\n---\n")},
		"content/fine.md": {Data: []byte("---\ntitle: Fine\ndate: 2017-01-01\n---\n")},
	}
	_, err := Load(fsys, Options{})
	l, ok := err.(diag.List)
	if !ok {
		t.Fatalf("error %T %v, want diag.List", err, err)
	}
	msg := l.Error()
	for _, want := range []string{"content/one.md:1:1: missing date", "content/two.md:1:1: missing title",
		"content/dup2.md:3:1: duplicate URL /briefings/2017/01/same/: content/dup1.md"} {
		if !strings.Contains(msg, want) {
			t.Errorf("diagnostics %q lack %q", msg, want)
		}
	}
	if len(l) != 3 {
		t.Errorf("want 3 diagnostics, got %d: %s", len(l), msg)
	}
}

func titles(bs []*Briefing) string {
	var s []string
	for _, b := range bs {
		s = append(s, b.Title)
	}
	return strings.Join(s, "|")
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"---\ntitle: A\ndate: 2017-10-17\n---\nbody", "+++\ntitle = 1\n+++\n", "{\n\"title\": [\n}\n\n", "---\n---\n", "\xff---", "---\ndate: !!binary x\n---\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, diags := Parse("x.md", data)
		for _, d := range diags {
			if d.File != "x.md" || d.Line < 0 || d.Col < 0 {
				t.Fatalf("bad diagnostic position %+v", d)
			}
		}
		if b != nil && len(diags) == 0 && (b.Title == "" || b.Date.IsZero()) {
			t.Fatalf("briefing without title or date and no diagnostic: %+v", b)
		}
	})
}

// FuzzSplitHead holds split, which gives adrg/frontmatter only the frontmatter block when it
// can find its end, to what the library finds in the whole file: the same block, format,
// first line and body, and an error exactly when the library has one.
func FuzzSplitHead(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\n---\nBody\n", "\n\n---\r\ntitle: A\r\n--- \r\nBody", "+++\ntitle = 'A'\n+++\n\nBody",
		"---\ntitle: A\n---", "---\ntitle: A\n", "---", "--- \n\t---\n", "{\"title\": \"A\"}\n\nBody", "Body only",
		"  \n---\nx: 1\n+++\n---\nrest\n---\n", "---\n---\n", "\u00a0---\u00a0\nx: 1\n---\nb", "---\nx\n\n---\n\n\nb",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		r1, body1, err1 := split(text)
		r2, body2, err2 := splitWith(text)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("errors differ: %v / %v", err1, err2)
		}
		if err1 != nil {
			return
		}
		if (r1 == nil) != (r2 == nil) || r1 != nil && (r1.format != r2.format || r1.line != r2.line || !bytes.Equal(r1.data, r2.data)) {
			t.Fatalf("frontmatter differs: %+v / %+v", r1, r2)
		}
		if !bytes.Equal(body1, body2) {
			t.Fatalf("body %q, want %q", body1, body2)
		}
	})
}

// BenchmarkParse parses briefings in the form gen-corpus writes (quoted strings, flow
// sequences, a date).
func BenchmarkParse(b *testing.B) {
	data := []byte(`---
title: "Allied Troops Advance On Adazi"
slug: "allied-troops-advance-on-adazi"
date: 2017-10-14T20:26:21Z
theatres: ["Europe"]
operations: ["Atlantic Resolve"]
author: "Press Desk"
summary: "About 34 percent of Drawsko Pomorskie is now under the control of partner forces, the spokesman said."
tags: ["clearance", "returns"]
source: "https://example.org/briefings/2017/2795"
---

The 3rd Brigade Combat Team moved at least 1,097 soldiers and 214 vehicles.
`)
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := Parse("content/briefings/a.md", data); len(diags) > 0 {
			b.Fatal(diags)
		}
	}
}
