package place

// trie is a byte trie over the matching keys with their words joined (no separators). Matching
// walks it from each word start of the text across word boundaries (see Matcher.scan), so one
// pass over the text finds every name, multiword or not. Children are sibling lists, except
// at the root, which is a table; a frozen trie also has the nodes two letters or digits below
// the root in one table (pairs).
type trie struct {
	root  [256]int32
	first []int32 // first child, 0 = none
	next  []int32 // next sibling, 0 = none
	label []byte
	out   []int32 // output index, -1 = none
	// after freeze: the children of node n are echild[estart[n]:estart[n+1]]. A node with
	// many children starts its list with the label denseMark, whose echild is the offset of
	// the node's block in dense: its children by a letter or digit (see denseSlot), 0 = none.
	estart []int32
	elabel []byte
	echild []int32
	dense  []int32
	// edges: after freeze, elabel and echild side by side, so that a step reads a label and
	// its child from one place (see child)
	edges []edge
	// pairs: after freeze, the node two letters or digits lead to from the root, by
	// denseSlot of each (36*first + second), 0 = none (see child2)
	pairs []int32
}

// edge is one entry of a frozen node's child list: a label and its child (or, for denseMark,
// the offset of the node's dense block).
type edge struct {
	child int32
	label byte
}

// denseMark labels the first child entry of a node with a dense block; no key holds the byte
// 0xFF (keys are UTF-8).
const denseMark = 0xFF

// denseMin is the number of children from which a node gets a dense block.
const denseMin = 8

// denseSlot maps a-z and 0-9 to 0..35 and every other byte to -1.
var denseSlot = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for b := 'a'; b <= 'z'; b++ {
		t[b] = int8(b - 'a')
	}
	for b := '0'; b <= '9'; b++ {
		t[b] = int8(26 + b - '0')
	}
	return t
}()

// freeze lays each node's children out contiguously for faster matching. The trie must not
// be changed afterwards.
func (t *trie) freeze() {
	n := len(t.out)
	t.estart = make([]int32, n+1)
	t.elabel = make([]byte, 0, n)
	t.echild = make([]int32, 0, n)
	for v := 0; v < n; v++ {
		t.estart[v] = int32(len(t.echild))
		if v == 0 {
			continue
		}
		deg := 0
		for c := t.first[v]; c != 0; c = t.next[c] {
			deg++
		}
		if deg >= denseMin {
			off := int32(len(t.dense))
			t.dense = append(t.dense, make([]int32, 36)...)
			for c := t.first[v]; c != 0; c = t.next[c] {
				if i := denseSlot[t.label[c]]; i >= 0 {
					t.dense[off+int32(i)] = c
				}
			}
			t.elabel = append(t.elabel, denseMark)
			t.echild = append(t.echild, off)
		}
		for c := t.first[v]; c != 0; c = t.next[c] {
			t.elabel = append(t.elabel, t.label[c])
			t.echild = append(t.echild, c)
		}
	}
	t.estart[n] = int32(len(t.echild))
	t.first, t.next, t.label = nil, nil, nil
	t.makeTables()
}

// makeTables sets edges and pairs from the frozen trie's lists.
func (t *trie) makeTables() {
	t.edges = make([]edge, len(t.echild))
	for k, c := range t.echild {
		t.edges[k] = edge{child: c, label: t.elabel[k]}
	}
	t.pairs = make([]int32, 36*36)
	for a := range 256 {
		i := denseSlot[a]
		if i < 0 || t.root[a] == 0 {
			continue
		}
		c := t.root[a]
		for k := t.estart[c]; k < t.estart[c+1]; k++ {
			if j := denseSlot[t.elabel[k]]; j >= 0 { // not denseMark either
				t.pairs[int(i)*36+int(j)] = t.echild[k]
			}
		}
	}
}

func newTrie(capacity int) *trie {
	t := &trie{first: make([]int32, 0, capacity), next: make([]int32, 0, capacity),
		label: make([]byte, 0, capacity), out: make([]int32, 0, capacity)}
	t.newNode(0) // node 0: the root
	return t
}

func (t *trie) newNode(b byte) int32 {
	t.first = append(t.first, 0)
	t.next = append(t.next, 0)
	t.label = append(t.label, b)
	t.out = append(t.out, -1)
	return int32(len(t.out) - 1)
}

func (t *trie) child(n int32, b byte) int32 {
	if n == 0 {
		return t.root[b]
	}
	if t.edges != nil {
		es := t.edges[t.estart[n]:t.estart[n+1]]
		if len(es) > 0 && es[0].label == denseMark {
			if i := denseSlot[b]; i >= 0 {
				return t.dense[es[0].child+int32(i)]
			}
			es = es[1:]
		}
		for _, e := range es {
			if e.label == b {
				return e.child
			}
		}
		return 0
	}
	for c := t.first[n]; c != 0; c = t.next[c] {
		if t.label[c] == b {
			return c
		}
	}
	return 0
}

// child2 returns the node that bytes a and b lead to from the root, 0 = none. The trie must
// be frozen.
func (t *trie) child2(a, b byte) int32 {
	if i, j := denseSlot[a], denseSlot[b]; i >= 0 && j >= 0 {
		return t.pairs[int(i)*36+int(j)]
	}
	if c := t.root[a]; c != 0 {
		return t.child(c, b)
	}
	return 0
}

// insert adds key and returns its node.
func (t *trie) insert(key string) int32 {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		b := key[i]
		c := t.child(n, b)
		if c == 0 {
			c = t.newNode(b)
			if n == 0 {
				t.root[b] = c
			} else {
				t.next[c] = t.first[n]
				t.first[n] = c
			}
		}
		n = c
	}
	return n
}

// find returns the output of an exact key, or -1.
func (t *trie) find(key string) int32 {
	n := int32(0)
	for i := 0; i < len(key); i++ {
		if n = t.child(n, key[i]); n == 0 {
			return -1
		}
	}
	if n == 0 {
		return -1
	}
	return t.out[n]
}
