package annotate

import (
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
)

// localDollar gives a sum in dollars that its text, or the words just before it, do not
// call American ("$40 million", "40 million dollars", "50 cents") the site's currency: the
// figure extractor reads a bare dollar as USD, which an archive of Australian or Canadian
// releases does not mean. before is the text before the figure.
func localDollar(f *figure.Figure, code, before string) {
	if f.Unit != "USD" && f.Unit != "USD-cent" || saysAmerican(f.Text) {
		return
	}
	before = strings.TrimRight(before, " ")
	for _, mark := range []string{"US", "U.S.", "USD"} {
		if strings.HasSuffix(before, mark) { // "U.S. $4 million"
			return
		}
	}
	f.Unit = code + strings.TrimPrefix(f.Unit, "USD")
}

// saysAmerican reports whether a sum's text names US dollars: "US$5", "U.S. $5", "$5 USD",
// "5 U.S. dollars", "5 American dollars", "5 United States dollars".
func saysAmerican(text string) bool {
	for _, mark := range []string{"US", "U.S.", "American", "United States"} {
		if strings.Contains(text, mark) {
			return true
		}
	}
	return false
}
