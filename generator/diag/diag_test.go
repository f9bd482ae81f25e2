package diag

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	src := []byte("---\ntitle: A\ntheater: Iraq\n---\n")
	d := Errorf("content/a.md", 3, 1, "unknown frontmatter key %q", "theater").WithSource(src)
	d.Length = len("theater")
	d.Suggestion = Suggest("theater", []string{"title", "theatre", "theatres"})
	want := "content/a.md:3:1: unknown frontmatter key \"theater\" (did you mean \"theatre\"?)\n    theater: Iraq\n    ^^^^^^^\n"
	if got := d.Format(); got != want {
		t.Errorf("Format:\n%q\nwant\n%q", got, want)
	}
	if h := d.HTML(); !strings.Contains(h, "content/a.md:3:1") || !strings.Contains(h, "&#34;theater&#34;") || strings.Contains(h, "<script") {
		t.Errorf("HTML: %s", h)
	}
}

func TestPositionAndSeverity(t *testing.T) {
	for _, tc := range []struct {
		d    *Diagnostic
		want string
	}{
		{&Diagnostic{File: "site.yaml", Line: 2, Message: "m"}, "site.yaml:2: m"},
		{&Diagnostic{File: "site.yaml", Message: "m"}, "site.yaml: m"},
		{&Diagnostic{Message: "m"}, "m"},
		{Warnf("a.md", 1, 2, "x %d", 1), "a.md:1:2: warning: x 1"},
	} {
		if got := tc.d.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

func TestListAndFrom(t *testing.T) {
	l := List{Warnf("b.md", 1, 1, "w"), Errorf("b.md", 1, 1, "e"), Errorf("a.md", 9, 1, "e2")}
	l.Sort()
	if l[0].File != "a.md" || len(l.Errors()) != 2 || len(l.Warnings()) != 1 {
		t.Errorf("sorted %v", l)
	}
	if (List{Warnf("a", 1, 1, "w")}).Err() != nil {
		t.Error("warnings alone are not an error")
	}
	wrapped := fmt.Errorf("stage: %w", l)
	if got := From(wrapped); len(got) != 3 {
		t.Errorf("From(wrapped list) = %v", got)
	}
	if got := From(errors.New("plain")); len(got) != 1 || got[0].Message != "plain" {
		t.Errorf("From(plain) = %v", got)
	}
	if From(nil) != nil {
		t.Error("From(nil)")
	}
}

func TestSuggest(t *testing.T) {
	if got := Suggest("paginat", []string{"title", "paginate"}); got != `did you mean "paginate"?` {
		t.Errorf("got %q", got)
	}
	if got := Suggest("zzz", []string{"title", "paginate"}); got != "" {
		t.Errorf("far word suggested %q", got)
	}
	if LineOf([]byte("a\nb\r\nc"), 2) != "b" || LineOf([]byte("a"), 5) != "" {
		t.Error("LineOf")
	}
}
