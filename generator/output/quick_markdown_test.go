package output

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/yuin/goldmark/parser"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/markdown"
)

// markdownBody renders src as a briefing's body is rendered, with figures annotated.
func markdownBody(t testing.TB, md *markdown.Renderer, src string) []byte {
	t.Helper()
	pc := annotate.WithDocument(parser.NewContext(), annotate.Document{BodyLine: 1})
	out, err := md.Render([]byte(src), pc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func bodyRenderer(typographer bool) *markdown.Renderer {
	return markdown.New(markdown.Options{Typographer: typographer, BasePath: "/archive/"},
		annotate.New(annotate.Options{Figures: true}))
}

// briefingParts are pieces of markdown a briefing is made of.
var briefingParts = []string{
	"Coalition forces conducted seven strikes near Raqqa, destroying 17 fighting positions.",
	"The SDF cleared 1,083 square kilometers [about 418 square miles] on Day 126.",
	"\"We are making progress,\" the spokesman said; it's \"more than 80 percent\" done -- for now...",
	"Officials reported $2.5 million in damage & 3 billion dollars' worth of aid <to be> delivered.",
	"## Operation update\n\nA *short* and **bold** note with `inline code` and a [link](/briefings/x/ \"its title\").",
	"- first item\n- second item with 50 villages\n  continued line\n- third",
	"1. one\n2. two\n3. three",
	"> A quoted statement of 9 square kilometers – more than 3 square miles.",
	"Line one  \nline two after a hard break.",
	"An image: ![a map of the area](/img/map.png \"Map\") and an autolink https://example.org/a?b=1&c=2.",
	"| Area | Strikes |\n| :--- | ---: |\n| Hawija | 12 |\n| Mosul | 7 |",
	"~~struck~~ text and a [reference][r].\n\n[r]: https://example.org/ref",
	"Spaces   inside    a  line and a trailing space ",
	"***",
	"Café, naïve, Dayr Az Zawr, Maarat al-Numan — and an ellipsis…",
}

// TestQuickHTMLOnRenderedBriefings: bodies made of the pieces a briefing is made of, with the
// typographer on and off, are minified by quickHTML (all but those with a footnote or a code
// block) and come out as the minifier writes them.
func TestQuickHTMLOnRenderedBriefings(t *testing.T) {
	mf := NewMinifier()
	rng := rand.New(rand.NewPCG(1, 2))
	handled, total := 0, 0
	for _, typographer := range []bool{true, false} {
		md := bodyRenderer(typographer)
		for range 300 {
			var parts []string
			for range 1 + rng.IntN(6) {
				parts = append(parts, briefingParts[rng.IntN(len(briefingParts))])
			}
			src := strings.Join(parts, "\n\n") + "\n"
			body := markdownBody(t, md, src)
			out, _, ok := quickHTML(nil, body, nil)
			total++
			if !ok {
				t.Errorf("not handled: %q", body)
				continue
			}
			handled++
			if want := minifierBytes(t, mf, string(body)); string(out) != want {
				t.Errorf("markdown %q:\nquick    %q\nminifier %q", src, out, want)
			}
		}
	}
	if handled != total {
		t.Errorf("quickHTML handled %d of %d bodies", handled, total)
	}
	for _, src := range []string{"Text[^1].\n\n[^1]: A note.\n", "```go\nx  :=  1\n```\n"} {
		body := markdownBody(t, bodyRenderer(true), src)
		if _, _, ok := quickHTML(nil, body, nil); ok {
			t.Errorf("handled %q, which it should hand to the minifier", body)
		}
	}
}

// FuzzQuickHTMLMarkdown: for any markdown, the body the renderer writes is minified by
// quickHTML exactly as the minifier minifies it, or handed to the minifier.
func FuzzQuickHTMLMarkdown(f *testing.F) {
	for i, p := range briefingParts {
		f.Add(p, i%2 == 0)
	}
	f.Add("a  *b*  _c_ `d` <span>x</span> &copy; &amp; &#39; \"q\"", true)
	mf := NewMinifier()
	mds := map[bool]*markdown.Renderer{true: bodyRenderer(true), false: bodyRenderer(false)}
	f.Fuzz(func(t *testing.T, src string, typographer bool) {
		body := markdownBody(t, mds[typographer], src)
		out, _, ok := quickHTML(nil, body, nil)
		if !ok {
			return
		}
		if want := minifierBytes(t, mf, string(body)); string(out) != want {
			t.Fatal(fmt.Sprintf("markdown %q\nbody %q:\nquick    %q\nminifier %q", src, body, out, want))
		}
	})
}

// BenchmarkFragment compares the fast path with the minifier on a body the renderer writes
// from the pieces a briefing is made of.
func BenchmarkFragment(b *testing.B) {
	body := markdownBody(b, bodyRenderer(true), strings.Repeat(strings.Join(briefingParts, "\n\n")+"\n\n", 20))
	mf := NewMinifier()
	if _, _, ok := quickHTML(nil, body, nil); !ok {
		b.Fatal("the fast path does not handle the body")
	}
	for _, path := range []string{"quick", "minifier"} {
		b.Run(path, func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			var buf bytes.Buffer
			src := make([]byte, len(body))
			for b.Loop() {
				buf.Reset()
				copy(src, body)
				var err error
				if path == "quick" {
					err = mf.MinifyFragmentTo(&buf, src)
				} else {
					err = mf.minifyTo(&buf, "text/html", "x.html", src)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
