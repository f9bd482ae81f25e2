package annotate

import "github.com/sitrep-archive/sitrep/generator/annotate/place"

// sharedCurrencies are the currency names that several countries share, as the figure finder
// leaves them ("kroner" → Krone, "rupees" → Rupee, "pesos" → Peso), with each country's ISO
// 4217 code.
var sharedCurrencies = map[string]map[string]string{
	"Krone": {"NO": "NOK", "DK": "DKK"},
	"Rupee": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR", "SC": "SCR"},
	"Manat": {"AZ": "AZN", "TM": "TMT"},
	"Som":   {"UZ": "UZS", "KG": "KGS"},
	"Peso":  {"PH": "PHP", "MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "DO": "DOP", "CU": "CUP", "UY": "UYU"},
}

// resolveCurrencies gives a figure in a currency that several countries share the code of the
// briefing's country: the one theatre country that uses it, or else the one of those countries
// the briefing names most often ("600 billion kroner" in a briefing on Norway is NOK). A
// figure whose country stays in doubt keeps the shared name.
func resolveCurrencies(figs []Figure, theatre []string, mentions []place.Mention) {
	for k := range figs {
		codes, ok := sharedCurrencies[figs[k].Unit]
		if !ok {
			continue
		}
		if code := currencyOf(codes, theatre, mentions); code != "" {
			figs[k].Unit = code
		}
	}
}

// currencyOf returns the code of codes (by country) that the theatre or, failing it, the places
// named choose, or "".
func currencyOf(codes map[string]string, theatre []string, mentions []place.Mention) string {
	found := ""
	for _, cc := range theatre {
		if code, ok := codes[cc]; ok {
			if found != "" && found != code {
				found = ""
				break // two such countries: the theatre does not decide
			}
			found = code
		}
	}
	if found != "" {
		return found
	}
	var best, second int
	for cc, code := range codes {
		n := 0
		for _, m := range mentions {
			if m.Place.Country == cc {
				n++
			}
		}
		switch {
		case n > best:
			best, second, found = n, best, code
		case n > second:
			second = n
		}
	}
	if best > second {
		return found
	}
	return ""
}
