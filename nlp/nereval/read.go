package nereval

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// ReadCoNLL reads CoNLL-style text: one "TOKEN<TAB or space>...TAG" line per
// token (the tag is the last field), blank lines between sentences and
// "-DOCSTART-" lines between documents. BIO and IO tags are both accepted.
// Without -DOCSTART- lines everything lands in one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var (
		docs   []Document
		doc    Document
		toks   []string
		tags   []string
		lineNo int
		labels = map[string]bool{}
	)
	flushSent := func() {
		if len(toks) > 0 {
			doc.Sentences = append(doc.Sentences, Sentence{Tokens: toks, Spans: SpansFromTags(tags)})
		}
		toks, tags = nil, nil
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			if doc.ID == "" {
				doc.ID = fmt.Sprintf("doc%d", len(docs))
			}
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flushSent()
			continue
		}
		if strings.HasPrefix(line, "-DOCSTART-") {
			flushDoc()
			continue
		}
		fields := strings.Fields(line)
		if strings.Contains(line, "\t") {
			// Tab-separated: a token may itself contain spaces.
			fields = strings.Split(line, "\t")
		}
		if len(fields) < 2 {
			return nil, fmt.Errorf("conll line %d: want TOKEN and TAG, got %q", lineNo, line)
		}
		toks = append(toks, strings.TrimSpace(fields[0]))
		tag := strings.TrimSpace(fields[len(fields)-1])
		tags = append(tags, tag)
		if p, typ := splitTag(tag); p != 'O' {
			labels[typ] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading conll at line %d: %w", lineNo, err)
	}
	flushDoc()
	conv := ConventionOf(labels)
	for i := range docs {
		docs[i].Convention = conv
	}
	return docs, nil
}

// GMBSentencesPerDoc is how many consecutive GMB sentences ReadGMB groups
// into one pseudo-document. The GMB CSV has lost its document boundaries;
// consecutive sentences mostly come from the same Voice of America story,
// so small groups keep most of a story together for document-level
// features and for splitting without leaking a story across splits.
const GMBSentencesPerDoc = 10

// ReadGMB reads the Groningen Meaning Bank NER CSV (columns "Sentence #,
// Word, POS, Tag"; a "Sentence: N" value in the first column starts a new
// sentence). Tags geo and gpe map to LOC, per to PER, org to ORG, the rest
// to O, as given. GMB marks nationality adjectives ("Iraqi") as gpe, so
// callers scoring against CoNLL conventions should apply Normalize.
func ReadGMB(r io.Reader) ([]Document, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading gmb header: %w", err)
	}
	if len(header) < 4 || !strings.HasPrefix(header[0], "Sentence") {
		return nil, fmt.Errorf("gmb header: unexpected columns %q", header)
	}
	var (
		sents []Sentence
		toks  []string
		tags  []string
	)
	flush := func() {
		if len(toks) > 0 {
			sents = append(sents, Sentence{Tokens: toks, Spans: SpansFromTags(tags)})
		}
		toks, tags = nil, nil
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// The shared file is cut off mid-record; keep what parsed.
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				break
			}
			return nil, fmt.Errorf("reading gmb: %w", err)
		}
		if len(rec) < 4 {
			continue // the truncated last line
		}
		if strings.HasPrefix(rec[0], "Sentence") {
			flush()
		}
		toks = append(toks, rec[1])
		tags = append(tags, rec[len(rec)-1])
	}
	// The last sentence is cut off in the shared file: drop it rather than
	// score a half sentence.
	toks, tags = nil, nil
	var docs []Document
	for i := 0; i < len(sents); i += GMBSentencesPerDoc {
		j := min(i+GMBSentencesPerDoc, len(sents))
		docs = append(docs, Document{ID: fmt.Sprintf("gmb%05d", i/GMBSentencesPerDoc), Sentences: sents[i:j], Convention: GMB})
	}
	return docs, nil
}

// meantimeToken is one record of MEANTIME's conll_as_json file.
type meantimeToken struct {
	Topic     string `json:"topic/subtopic_name"`
	SentID    int    `json:"sent_id"`
	TokenID   int    `json:"token_id"`
	Token     string `json:"token"`
	Reference string `json:"reference"`
}

// ReadMEANTIME reads MEANTIME's conll_as_json_english.json and turns its
// entity coreference mentions into name spans. MEANTIME marks every mention
// of an entity — names, pronouns ("their"), descriptions ("the company"),
// appositions ("Steve Jobs, the chief executive of Apple") — with a chain id
// that contains the type (…ORG…, …PER…, …LOC…). A name span is the longest
// run of capitalised tokens inside a mention (a leading "The"/"A" and a
// trailing possessive excluded); mentions without a capitalised token are
// pronouns or descriptions and are skipped. Overlapping candidates keep
// the longer one.
func ReadMEANTIME(r io.Reader) ([]Document, error) {
	var recs []meantimeToken
	if err := json.NewDecoder(r).Decode(&recs); err != nil {
		return nil, fmt.Errorf("decoding meantime json: %w", err)
	}
	type sentKey struct {
		doc  string
		sent int
	}
	var (
		docs    []Document
		docIdx  = map[string]int{}
		sentTok = map[sentKey][]meantimeToken{}
		order   []sentKey
	)
	for _, t := range recs {
		k := sentKey{t.Topic, t.SentID}
		if _, ok := sentTok[k]; !ok {
			order = append(order, k)
		}
		sentTok[k] = append(sentTok[k], t)
	}
	for _, k := range order {
		toks := sentTok[k]
		sort.SliceStable(toks, func(i, j int) bool { return toks[i].TokenID < toks[j].TokenID })
		words := make([]string, len(toks))
		refs := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Token
			refs[i] = t.Reference
		}
		di, ok := docIdx[k.doc]
		if !ok {
			di = len(docs)
			docIdx[k.doc] = di
			docs = append(docs, Document{ID: "meantime/" + k.doc, Convention: CoNLL})
		}
		docs[di].Sentences = append(docs[di].Sentences, Sentence{Tokens: words, Spans: meantimeSpans(words, refs)})
	}
	return docs, nil
}

// meantimeSpans decodes the bracketed chain references of one sentence.
func meantimeSpans(words, refs []string) []Span {
	open := map[string][]int{} // chain id -> stack of start indexes
	var cands []Span
	for i, ref := range refs {
		if ref == "-" || ref == "" {
			continue
		}
		for _, part := range strings.Split(ref, "|") {
			part = strings.TrimSpace(part)
			starts := strings.HasPrefix(part, "(")
			ends := strings.HasSuffix(part, ")")
			id := strings.TrimSuffix(strings.TrimPrefix(part, "("), ")")
			if starts {
				open[id] = append(open[id], i)
			}
			if ends {
				st := open[id]
				if len(st) == 0 {
					continue
				}
				s := st[len(st)-1]
				open[id] = st[:len(st)-1]
				cls := meantimeClass(id)
				if cls == "" {
					continue
				}
				if sp, ok := nameRun(words, s, i+1); ok {
					sp.Class = cls
					cands = append(cands, sp)
				}
			}
		}
	}
	// Longer spans first; drop any candidate overlapping a kept one.
	sort.SliceStable(cands, func(i, j int) bool {
		li, lj := cands[i].End-cands[i].Start, cands[j].End-cands[j].Start
		if li != lj {
			return li > lj
		}
		return cands[i].Start < cands[j].Start
	})
	var kept []Span
	for _, c := range cands {
		ok := true
		for _, k := range kept {
			if c.Start < k.End && k.Start < c.End {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept
}

// meantimeClass reads the entity type out of a chain id such as
// "cross_intra_ORG371547…".
func meantimeClass(id string) string {
	for _, c := range []string{"PER", "LOC", "ORG"} {
		if strings.Contains(id, "_"+c) {
			return c
		}
	}
	return ""
}

// nameRun returns the longest run of capitalised tokens in words[s:e],
// allowing lower-case connectors ("of", "de", "al") inside a run.
func nameRun(words []string, s, e int) (Span, bool) {
	best := Span{Start: -1}
	i := s
	for i < e {
		if !isCap(words[i]) || (words[i] == "The" || words[i] == "A" || words[i] == "An") {
			i++
			continue
		}
		j := i + 1
		for j < e {
			if isCap(words[j]) {
				j++
				continue
			}
			if j+1 < e && isConnector(words[j]) && isCap(words[j+1]) {
				j += 2
				continue
			}
			break
		}
		if best.Start < 0 || j-i > best.End-best.Start {
			best = Span{Start: i, End: j}
		}
		i = j
	}
	return best, best.Start >= 0
}

func isCap(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	return c >= 'A' && c <= 'Z'
}

func isConnector(w string) bool {
	switch w {
	case "of", "de", "du", "del", "al", "bin", "van", "von", "der", "for", "'s", "la", "le":
		return true
	}
	return false
}
