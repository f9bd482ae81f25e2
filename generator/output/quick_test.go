package output

import (
	"bytes"
	"testing"
)

// minifierBytes is what the HTML minifier writes for src (given a copy: it works in place).
func minifierBytes(t testing.TB, mf *Minifier, src string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := mf.minifyTo(&buf, "text/html", "x.html", []byte(src)); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// quickFragments are fragments such as the markdown renderer and the annotation stage write,
// and whether quickHTML handles each.
var quickFragments = []struct {
	src     string
	handled bool
}{
	{"<p>Coalition forces conducted <data class=\"fig fig-count\" value=\"7 count:strike\" title=\"7 strikes\">seven strikes</data> near <a class=\"place\" href=\"/archive/places/raqqa/\" data-country=\"SY\" data-lat=\"35.95\" data-lon=\"39.01\">Raqqa</a>.</p>\n", true},
	{"<h2 id=\"the-fight\">The fight</h2>\n<p>One\ntwo  three</p>\n<ul>\n<li>a</li>\n<li><em>b</em> c</li>\n</ul>\n", true},
	{"<p>Text &amp; more &amp;amp; &lt;tag&gt; &quot;quoted&quot; &ldquo;curly&rdquo; it&rsquo;s &ndash; &mdash; wait&hellip; &laquo;x&raquo;</p>\n", true},
	{"<p>A &amp;copy; and &amp;#39; stay escaped; &amp;, and &amp; alone do not</p>\n", true},
	{"<blockquote>\n<p>Quoted <strong>bold</strong> <code>x  y</code></p>\n</blockquote>\n<hr />\n<p>After<br />\nbreak</p>\n", true},
	{"<p><img src=\"/archive/img/map.png\" alt=\"a map\" title=\"The &quot;map&quot;\" /> <img src=\"x.png\" alt=\"\" /></p>\n", true},
	{"<p><a href=\"HTTPS://Example.org/a?b=1&amp;c=2\" title=\"it's\">link</a> <a href=\"http://x.org/\">x</a></p>\n", true},
	{"<p><span class=\"\" id=\"\">empty attributes</span> <em></em> after empty</p>\n", true},
	{"<table>\n<thead>\n<tr>\n<th align=\"left\">A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n", true},
	{"<p>Note<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup>.</p>\n<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>The note.&#160;<a href=\"#fnref:1\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a></p>\n</li>\n</ol>\n</div>\n", false},
	{"<p><del>struck</del> <a href=\"x\" title=\"a 'b' c\">q</a> <a href=\"y\" title=\"&quot;&quot;'\">r</a></p>\n", true},
	{"<p> lead space <em> inside </em> trail </p>\n", true},
	{"<ol start=\"3\">\n<li>three</li>\n</ol>\n", true},
	{"<p><span class=\"a  b \" title=\" x \" data-x=\"it's\" data-y=\"a=b\" data-z=\"`q`\">v</span> <a href=\" /x/ \" title=\"ünïcode\">u</a></p>\n", true},
	{"<p><a href=\"https\">h</a> <a href=\"HTTP:x\">i</a> <span class=\"c\td\">t</span> <span title=\"a\nb\">n</span></p>\n", true},
	// handed to the minifier
	{"<pre><code class=\"language-go\">x  :=  1\n</code></pre>\n", false},
	{"<p>raw <!-- comment --> html</p>\n", false},
	{"<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\" /> done</li>\n</ul>\n", false},
	{"<p style=\"color:red\">styled</p>\n", false},
	{"<p>&copy; 2024</p>\n", false},
	{"<p><img src=\"data:image/png;base64,AAAA\" alt=\"x\" /></p>\n", false},
	{"<P>upper</P>\n", false},
	{"<script>alert(1)</script>\n", false},
}

// TestQuickHTMLMatchesMinifier: on every fragment quickHTML handles it writes exactly what the
// HTML minifier writes, and it handles what the renderer writes for ordinary briefings.
func TestQuickHTMLMatchesMinifier(t *testing.T) {
	mf := NewMinifier()
	for _, c := range quickFragments {
		out, _, ok := quickHTML(nil, []byte(c.src), nil)
		if ok != c.handled {
			t.Errorf("handled %v, want %v: %q", ok, c.handled, c.src)
		}
		want := minifierBytes(t, mf, c.src)
		if ok && string(out) != want {
			t.Errorf("%q:\nquick    %q\nminifier %q", c.src, out, want)
		}
		var buf bytes.Buffer
		buf.WriteString("kept:")
		if err := mf.MinifyFragmentTo(&buf, []byte(c.src)); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != "kept:"+want {
			t.Errorf("MinifyFragmentTo(%q) = %q, want %q", c.src, got, "kept:"+want)
		}
	}
}

// FuzzQuickHTML: whatever the input, quickHTML either gives up or writes what the minifier
// writes, and never panics.
func FuzzQuickHTML(f *testing.F) {
	for _, c := range quickFragments {
		f.Add(c.src)
	}
	mf := NewMinifier()
	f.Fuzz(func(t *testing.T, src string) {
		out, _, ok := quickHTML(nil, []byte(src), nil)
		if !ok {
			return
		}
		if want := minifierBytes(t, mf, src); string(out) != want {
			t.Fatalf("%q:\nquick    %q\nminifier %q", src, out, want)
		}
	})
}
