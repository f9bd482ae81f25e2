package markdown

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
)

func TestRender(t *testing.T) {
	r := New(Options{Typographer: true, BasePath: "/archive/"})
	tests := []struct{ in, want string }{
		{"| a | b |\n|---|---|\n| 1 | 2 |\n", "<table>"},
		{"~~gone~~", "<del>gone</del>"},
		{"see https://example.org", `<a href="https://example.org">`},
		{"- [x] done", `<input checked="" disabled="" type="checkbox"`},
		{"text[^1]\n\n[^1]: note", `class="footnote-ref"`},
		{`"quoted" -- dash`, "&ldquo;quoted&rdquo; &ndash; dash"},
		{"## Day 126 in Raqqa", `<h2 id="day-126-in-raqqa">`},
		{"<b>raw</b>", "<!-- raw HTML omitted -->"},
		{"[x](/briefings/2017/10/a/)", `href="/archive/briefings/2017/10/a/"`},
		{"[x](/archive/briefings/)", `href="/archive/briefings/"`},
		{"![m](/img/map.png)", `src="/archive/img/map.png"`},
		{"[x](//cdn.example/x) [y](rel/)", `href="//cdn.example/x"`},
	}
	for _, tt := range tests {
		out, err := r.Render([]byte(tt.in), nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), tt.want) {
			t.Errorf("%q → %s\nwant it to contain %s", tt.in, out, tt.want)
		}
	}
	unsafe := New(Options{Unsafe: true})
	out, _ := unsafe.Render([]byte("<b>raw</b>"), nil)
	if !strings.Contains(string(out), "<b>raw</b>") {
		t.Errorf("unsafe: %s", out)
	}
}

func TestPlainText(t *testing.T) {
	got := PlainText([]byte("<h2>Day 126</h2><p>In <em>Raqqa</em>, <a href=x>SDF</a> &amp; allies.</p><ul><li>a</li><li>b</li></ul>"))
	if want := "Day 126 In Raqqa, SDF & allies. a b"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSummary(t *testing.T) {
	h := []byte("<h2>Day 126</h2><p>In <em>Raqqa</em>, <a href=x>SDF</a> &amp; allies advanced far.</p><ul><li>a</li><li>b</li></ul>")
	words, lead := Summary(h, 200)
	if words != 11 || lead != PlainText(h) {
		t.Errorf("Summary = %d %q; PlainText %q", words, lead, PlainText(h))
	}
	words, lead = Summary(h, 20)
	if words != 11 || lead != "Day 126 In Raqqa…" {
		t.Errorf("short Summary = %d %q", words, lead)
	}
}

// isBlockTag answers as blockTags[strings.ToLower(name)] does, for names in any case and
// with letters that fold to ASCII.
func TestIsBlockTag(t *testing.T) {
	names := []string{"", "p", "P", "pre", "PRE", "Pre", "data", "a", "em", "h1", "H6", "h7", "td", "TH",
		"blockquote", "BlockQuote", "blockquotes", "bloc\u212Aquote", "BLOC\u212AQUOTE", "tab\u212Ae", "ſection",
		"section", "SECTION", "sections", "İ", "ul", "Ul", "ol", "hr", "br", "div", "DIV", "table", "tr"}
	for tag := range blockTags {
		names = append(names, tag, strings.ToUpper(tag), tag+"x")
	}
	for _, name := range names {
		want := blockTags[strings.ToLower(name)]
		if got := isBlockTag(name); got != want {
			t.Errorf("isBlockTag(%q) = %v, want %v", name, got, want)
		}
		if got := isBlockTag([]byte(name)); got != want {
			t.Errorf("isBlockTag([]byte(%q)) = %v, want %v", name, got, want)
		}
	}
}

// BenchmarkSummary reads a body of the kind annotation writes: paragraphs dense with
// inline elements.
func BenchmarkSummary(b *testing.B) {
	para := `<p>Coalition forces conducted <data class="fig fig-count" value="7 count:strike" title="count: 7 count:strike">seven strikes</data> near <a class="place" href="/places/raqqa/" data-country="SY" title="Raqqa, Syria">Raqqa</a> &amp; <em>Tabqa</em>, destroying <data class="fig fig-count" value="3 count:bridge" title="count">three bridges</data>.</p>` + "\n"
	h := []byte("<h2>Day 126</h2>\n" + strings.Repeat(para, 40) + "<ul><li>a</li><li>b</li></ul>\n")
	b.SetBytes(int64(len(h)))
	b.ReportAllocs()
	for b.Loop() {
		Summary(h, 200)
	}
}

// The GFM of New, with Linkify behind quickLinkify, renders as goldmark's own extension.GFM
// does: links, addresses and e-mail addresses where they start a word, after emphasis marks
// and parentheses, and none elsewhere.
func TestQuickLinkifyAsGFM(t *testing.T) {
	ours := New(Options{Typographer: true})
	theirs := goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote, extension.Typographer),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()))
	local64 := strings.Repeat("a", 64)
	inputs := []string{
		"see https://example.org and http://example.org/a?b=c, then ftp://files.example.org.",
		"www.example.org (www.example.org) *www.example.org* _https://x.org_ ~www.y.org~",
		"write to ops@example.org or (press.desk@example.mil), not @handle or a@b",
		local64 + "@example.org and x" + local64 + "@example.org",
		"https:// http www. wwwx.org hhttp://x.org ftp:/x ftps://x.org",
		"Seven strikes near Raqqa, 1,083 square kilometers [418 square miles].\nhttps://next.line.org\nwww.third.org",
		"a line ending in an address ops@example.org\n\n- item https://x.org\n- item2 ops@x.org\n",
		"| a | b |\n|---|---|\n| www.x.org | m@x.org |\n",
		"[label www.x.org](https://y.org) `https://code.org` <https://auto.org>",
		"email-ish: me@localhost, me@x.org., me@x.org-, me@x.org_ and (https://x.org/(a)).",
	}
	for _, in := range inputs {
		got, err := ours.Render([]byte(in), nil)
		if err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := theirs.Convert([]byte(in), &want); err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("%q:\n got %s\nwant %s", in, got, want.String())
		}
	}
}

func TestMayLink(t *testing.T) {
	for in, want := range map[string]bool{
		" https://x.org": true, "(http": true, "*ftp:": true, "_www.": true, " www": false, " word": false,
		" me@x.org": true, " hello": false, "~fto:": false, " " + strings.Repeat("a", 64) + "@": true,
		" " + strings.Repeat("a", 65) + "@": false,
	} {
		if got := mayLink([]byte(in)); got != want {
			t.Errorf("mayLink(%q) = %v, want %v", in, got, want)
		}
	}
}
