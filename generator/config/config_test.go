package config

import (
	"strings"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/diag"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		yaml    string
		check   func(t *testing.T, s *Site)
		wantErr []string // substrings of the diagnostics, in order
	}{
		{name: "empty gives defaults", yaml: "", check: func(t *testing.T, s *Site) {
			if s.Paginate != 20 || !s.Minify || s.BaseURL != "/" || !s.Annotate.Figures || !s.Annotate.Places || !s.Markdown.Typographer || s.Markdown.Unsafe {
				t.Errorf("defaults wrong: %+v", s)
			}
		}},
		{name: "full", yaml: `
title: Archive
baseURL: https://user.github.io/archive
paginate: 5
minify: false
theatres:
  - name: Iraq
    countries: [IQ]
operations:
  - name: Inherent Resolve
    aliases: [OIR]
    theatres: [Iraq]
    start: 2014-08-08
markdown: {unsafe: true}
annotate:
  figures: false
  placeAliases: {Hawija Pocket: Hawija}
  dollar: AUD
`, check: func(t *testing.T, s *Site) {
			if s.BaseURL != "https://user.github.io/archive/" || s.BasePath() != "/archive/" {
				t.Errorf("base URL %q path %q", s.BaseURL, s.BasePath())
			}
			if s.Paginate != 5 || s.Minify {
				t.Errorf("paginate %d minify %v", s.Paginate, s.Minify)
			}
			if s.Theatres[0].Slug != "iraq" || s.Operations[0].Slug != "inherent-resolve" || s.Operations[0].Start.Year() != 2014 {
				t.Errorf("terms %+v %+v", s.Theatres, s.Operations)
			}
			if !s.Markdown.Unsafe || !s.Markdown.Typographer {
				t.Errorf("markdown %+v: unsafe set, typographer kept by default", s.Markdown)
			}
			if s.Annotate.Figures || !s.Annotate.Places || s.Annotate.PlaceAliases["Hawija Pocket"] != "Hawija" || s.Annotate.Dollar != "AUD" {
				t.Errorf("annotate %+v", s.Annotate)
			}
		}},
		{name: "unknown key with suggestion", yaml: "title: A\npaginat: 5\n",
			wantErr: []string{`site.yaml:2:1: unknown key "paginate"`[:0] + `site.yaml:2:1: unknown key "paginat" in site.yaml (did you mean "paginate"?)`}},
		{name: "nested unknown keys all reported", yaml: "theatres:\n  - name: Iraq\n    countrys: [IQ]\noperations:\n  - nme: X\n",
			wantErr: []string{`site.yaml:3:5: unknown key "countrys" in theatres[0] (did you mean "countries"?)`, `site.yaml:5:5: unknown key "nme"`}},
		{name: "bad type", yaml: "paginate: many\n", wantErr: []string{"site.yaml:1:1: cannot unmarshal"}},
		{name: "bad date", yaml: "operations:\n  - name: X\n    start: 2014-13-01\n", wantErr: []string{"site.yaml:3:12: operations[0].start: invalid date"}},
		{name: "broken yaml", yaml: "title: [unclosed\n", wantErr: []string{"site.yaml:", "invalid YAML"}},
		{name: "paginate zero", yaml: "paginate: 0\n", wantErr: []string{"site.yaml:1:11: paginate must be at least 1"}},
		{name: "bad country", yaml: "theatres:\n  - name: Iraq\n    countries: [Iraq]\n", wantErr: []string{"site.yaml:3:17: country \"Iraq\""}},
		{name: "bad dollar", yaml: "annotate:\n  dollar: Aussie\n", wantErr: []string{"site.yaml:2:11: dollar \"Aussie\" is not an ISO 4217 currency code"}},
		{name: "duplicate key", yaml: "title: A\ntitle: B\n", wantErr: []string{"site.yaml:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Parse("site.yaml", []byte(tt.yaml))
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				tt.check(t, s)
				return
			}
			if err == nil {
				t.Fatalf("want error containing %q, got none", tt.wantErr)
			}
			if _, ok := err.(diag.List); !ok {
				t.Fatalf("error is %T, want diag.List", err)
			}
			msg := err.Error()
			for _, want := range tt.wantErr {
				if !strings.Contains(msg, want) {
					t.Errorf("error %q does not contain %q", msg, want)
				}
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Freedom's Sentinel": "freedoms-sentinel",
		"Dayr Az Zawr":       "dayr-az-zawr",
		"Al Qā’im":           "al-qaim",
		"  --Iraq--  ":       "iraq",
		"Day 126 in Raqqa":   "day-126-in-raqqa",
		"":                   "",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "title: A\n", "theatres:\n  - name: Iraq\n", "paginate: -1", "{]", "baseURL: ::"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		site, err := Parse("site.yaml", []byte(s))
		if err == nil && site == nil {
			t.Fatal("nil site without error")
		}
		if err != nil {
			if _, ok := err.(diag.List); !ok {
				t.Fatalf("error %T is not a diag.List", err)
			}
		}
	})
}
