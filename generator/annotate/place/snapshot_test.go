package place

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/internal/wire"
	"reflect"
	"strings"
	"testing"
)

// snapshotOptions exercise every part of a snapshot: custom places (entries, slugs that
// displace gazetteer ones), aliases, exclusions and spelled names.
var snapshotOptions = Options{
	Custom: []Custom{
		{Name: "Camp Taji", Aliases: []string{"Taji camp"}, Country: "IQ", Lat: 33.52, Lon: 44.26, Kind: "base"},
		{Name: "Mosul", Country: "IQ", Lat: 36.34, Lon: 43.13},
	},
	Aliases: map[string]string{"Hawija Pocket": "Hawija", "Jazeera axis": "Jazeera", "Tal Afar road": "Tal Afar, IQ"},
	Exclude: []string{"Hit", "lower case exclusion"},
}

func TestSnapshotRoundTrip(t *testing.T) {
	for _, opts := range []Options{{}, snapshotOptions} {
		m, err := NewMatcher(testGazetteer(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		data := m.AppendSnapshot(nil, "key 1")
		if k, err := SnapshotKey(data); err != nil || k != "key 1" {
			t.Fatalf("SnapshotKey = %q, %v", k, err)
		}
		got, err := LoadSnapshot(data)
		if err != nil {
			t.Fatal(err)
		}
		if got.ents != nil || got.lazy == nil {
			t.Fatal("a matcher read from a snapshot should decode its entries lazily")
		}
		if !reflect.DeepEqual(decodeAll(got), decodeAll(m)) {
			t.Fatalf("the matcher read from the snapshot differs from the one written (options %+v)", opts)
		}
		if again := got.AppendSnapshot(nil, "key 1"); !bytes.Equal(again, data) {
			t.Fatal("a snapshot of the matcher read back differs from the snapshot it was read from")
		}
		text := []string{"Coalition forces cleared the Hawija Pocket near Kirkuk and Camp Taji, " +
			"then moved along the Jazeera axis toward Raqqa, Syria, and Hit."}
		if a, b := m.Resolve(text, []string{"IQ"}), got.Resolve(text, []string{"IQ"}); !reflect.DeepEqual(a, b) || len(a) < 4 {
			t.Fatalf("Resolve differs or finds too little:\n%v\n%v", a, b)
		}
	}
}

func TestSnapshotRejectsDamage(t *testing.T) {
	m, err := NewMatcher(testGazetteer(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	data := string(m.AppendSnapshot(nil, "k"))
	if _, err := LoadSnapshot([]byte(data)); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{
		"empty":         "",
		"not snapshot":  "hello",
		"truncated":     data[:len(data)/2],
		"one byte less": data[:len(data)-1],
		"flipped byte":  data[:len(data)/3] + string(data[len(data)/3]^0x40) + data[len(data)/3+1:],
		"other version": strings.Replace(data, snapshotMagic+string(rune(snapshotVersion)), snapshotMagic+string(rune(snapshotVersion+1)), 1),
	} {
		if _, err := LoadSnapshot([]byte(bad)); err == nil {
			t.Errorf("%s: LoadSnapshot accepted a damaged snapshot", name)
		}
	}
}

// FuzzSnapshotPayload feeds damaged payloads with a valid header and checksum: reading
// must fail cleanly or give a matcher whose tables are within bounds.
func FuzzSnapshotPayload(f *testing.F) {
	m, err := NewMatcher(testGazetteer(f), Options{})
	if err != nil {
		f.Fatal(err)
	}
	full := m.appendPayload(nil)
	f.Add(full[:4096], uint(0), byte(0))
	f.Add(full[:200], uint(17), byte(0xff))
	f.Add([]byte{}, uint(0), byte(0))
	f.Fuzz(func(t *testing.T, payload []byte, at uint, x byte) {
		if len(payload) > 0 {
			payload[at%uint(len(payload))] ^= x
		}
		var buf []byte
		buf = append(buf, snapshotMagic...)
		buf = binary.AppendUvarint(buf, snapshotVersion)
		buf = wire.AppendString(buf, "k")
		buf = appendUvarintLen(buf, len(payload))
		buf = appendCRC(buf, payload)
		buf = append(buf, payload...)
		got, err := LoadSnapshot(buf)
		if err != nil {
			return
		}
		got.Resolve([]string{"Fighting near Mosul and Raqqa, Syria, went on."}, nil)
	})
}

// decodeAll returns a copy of m with every entry decoded and the slug index made.
func decodeAll(m *Matcher) *Matcher {
	c := &Matcher{custom: m.custom, slugs: m.slugs, bySlug: m.slugIndex(), fold: m.fold, trie: m.trie,
		outs: m.outs, countryIdx: m.countryIdx, codes: m.codes, base: m.base, size: m.size, lowerStart: m.lowerStart}
	c.bySlugOnce.Do(func() {})
	for i := range m.slugs {
		c.ents = append(c.ents, m.ent(int32(i)))
	}
	return c
}

func testGazetteer(t testing.TB) *gazetteer.Gazetteer {
	testMatcher(t)
	return gaz
}

func appendUvarintLen(buf []byte, n int) []byte { return binary.AppendUvarint(buf, uint64(n)) }

func appendCRC(buf, payload []byte) []byte {
	return binary.LittleEndian.AppendUint32(buf, crc32.Checksum(payload, castagnoli))
}
