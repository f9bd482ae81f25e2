package render

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSearchIndexMatchesEncodingJSON writes many search indexes, with empty and tricky
// strings and empty lists, by hand and with an encoding/json Encoder (HTML escaping off), and
// wants the same bytes.
func TestSearchIndexMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"", "Raqqa", "Qā’im", `"quoted"`, `back\slash`, "<script>", "a & b", "x > y",
		"tab\there", "line\nbreak", "\r", "\b\f", "\x01\x1f", "\u2028\u2029", "bad \xff byte", "✓ 😀"}
	str := func() string {
		s := ""
		for n := r.IntN(3); n > 0; n-- {
			s += pieces[r.IntN(len(pieces))]
		}
		return s
	}
	table := func() []string {
		out := []string{}
		for n := r.IntN(4); n > 0; n-- {
			out = append(out, str())
		}
		return out
	}
	list := func() []int {
		out := []int{}
		for n := r.IntN(3); n > 0; n-- {
			out = append(out, r.IntN(300))
		}
		return out
	}
	for range 300 {
		tn, on, pn := table(), table(), table()
		var rows []searchRow
		want := [][]any{}
		for n := r.IntN(4); n > 0; n-- {
			row := searchRow{Title: str(), Date: 19000101 + r.IntN(1300000), Slug: str(), Description: str(), Lists: [3][]int{list(), list(), list()}}
			rows = append(rows, row)
			v := []any{row.Title, row.Date, row.Slug, row.Description, row.Lists[0], row.Lists[1], row.Lists[2]}
			for len(v) > 4 && len(v[len(v)-1].([]int)) == 0 {
				v = v[:len(v)-1]
			}
			want = append(want, v)
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(map[string]any{"v": SearchIndexVersion, "t": tn, "o": on, "p": pn, "b": want}); err != nil {
			t.Fatal(err)
		}
		got := string(appendSearchIndex(nil, tn, on, pn, rows))
		if w := strings.TrimSuffix(buf.String(), "\n"); got != w {
			t.Fatalf("\n got %s\nwant %s", got, w)
		}
	}
}
