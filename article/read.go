package article

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultMaxBytes is the largest article read: a text file, or one line of a
// JSON Lines file. Anything larger is not a news article.
const DefaultMaxBytes = 50 << 20

// Options says how to read.
type Options struct {
	// Stdin is read for the path "-". Its format is sniffed: JSON Lines when
	// the first non-space byte is '{', plain text otherwise.
	Stdin io.Reader
	// MaxBytes caps one article; 0 means DefaultMaxBytes.
	MaxBytes int
	// Skip receives every input that could not be read. Reading goes on
	// after it. Nil drops them.
	Skip func(*InputError)
	// Fields maps an Article field (id, title, text, url, source,
	// published, author, dateline, category) to the key that holds it in
	// JSON input, for exports that name them differently; see ParseFields.
	Fields map[string]string
	// Since and Until (YYYY-MM-DD, inclusive, "" for open) keep only the
	// articles published in that range. An undated article is kept only
	// when neither is set: it cannot be shown to be in the range.
	Since, Until string
	// Progress, when set, is called with the number of bytes read from
	// input files as reading goes on, for progress reports; Size gives
	// the total to expect.
	Progress func(bytes int)
}

// InputError is an input that was skipped, and why.
type InputError struct {
	Path string
	Line int // 0 when the whole file is meant
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

var (
	errInvalidUTF8 = errors.New("not valid UTF-8 text (convert it to UTF-8)")
	errBinary      = errors.New("binary data, not text")
	errEmpty       = errors.New("empty")
)

// Exts lists the file name endings read when walking a folder.
var Exts = []string{".txt", ".jsonl", ".json", ".html", ".htm", ".md", ".markdown"}

// Read reads every article under paths, in order, and calls emit for each.
// A path is a file, a folder (read recursively, files with a known ending, in
// name order), a glob, or "-" for Options.Stdin. Inputs that cannot be read
// go to Options.Skip and the rest are still read. Read stops early only when
// emit returns an error, and returns that error.
func Read(paths []string, opts Options, emit func(Article) error) error {
	r := reader{opts: opts, emit: inRange(opts.Since, opts.Until, emit)}
	if r.opts.MaxBytes <= 0 {
		r.opts.MaxBytes = DefaultMaxBytes
	}
	if r.opts.Skip == nil {
		r.opts.Skip = func(*InputError) {}
	}
	for _, p := range paths {
		if err := r.path(p); err != nil {
			return err
		}
	}
	return nil
}

type reader struct {
	opts Options
	emit func(Article) error
	// size, when not nil, makes the reader only add up file sizes.
	size *int64
}

// Size is the number of bytes Read would read from files under paths, for
// progress reports; standard input counts nothing.
func Size(paths []string) int64 {
	var n int64
	r := reader{opts: Options{Skip: func(*InputError) {}}, size: &n}
	for _, p := range paths {
		if p != "-" {
			r.path(p)
		}
	}
	return n
}

func (r *reader) path(p string) error {
	if p == "-" {
		if r.opts.Stdin == nil {
			r.opts.Skip(&InputError{Path: "-", Err: errors.New("no standard input")})
			return nil
		}
		return r.stream("-", r.opts.Stdin)
	}
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(p, "*?[") {
		return r.glob(p)
	}
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
		return nil
	}
	if info.IsDir() {
		return r.dir(p)
	}
	return r.file(p)
}

func (r *reader) glob(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		r.opts.Skip(&InputError{Path: pattern, Err: fmt.Errorf("bad glob: %w", err)})
		return nil
	}
	if len(matches) == 0 {
		r.opts.Skip(&InputError{Path: pattern, Err: errors.New("glob matches no file")})
		return nil
	}
	for _, m := range matches {
		if err := r.path(m); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) dir(root string) error {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
			return nil
		}
		if !d.IsDir() && hasExt(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.file(f); err != nil {
			return err
		}
	}
	return nil
}

func hasExt(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Exts {
		if ext == e {
			return true
		}
	}
	return false
}

func (r *reader) file(p string) error {
	if r.size != nil {
		if info, err := os.Stat(p); err == nil {
			*r.size += info.Size()
		}
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: unwrapPathError(err)})
		return nil
	}
	defer f.Close()
	var in io.Reader = f
	if r.opts.Progress != nil {
		in = progressReader{f, r.opts.Progress}
	}
	return r.format(p, strings.ToLower(filepath.Ext(p)), in)
}

// progressReader reports the bytes read through it.
type progressReader struct {
	r    io.Reader
	read func(int)
}

func (p progressReader) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read(n)
	return n, err
}

// format reads one input by its format, named by its file name ending.
func (r *reader) format(p, ext string, in io.Reader) error {
	switch ext {
	case ".jsonl", ".json":
		return readJSON(p, utf8Reader(in), r.opts.MaxBytes, r.opts.Fields, r.emit, r.opts.Skip)
	case ".html", ".htm":
		return r.whole(p, in, readHTML)
	case ".md", ".markdown":
		return r.whole(p, in, readDigest)
	}
	return r.whole(p, in, readText)
}

// stream reads standard input, sniffing its format.
func (r *reader) stream(name string, in io.Reader) error {
	br := bufio.NewReader(utf8Reader(in))
	for {
		b, err := br.Peek(1)
		if err != nil {
			break
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.ReadByte()
			continue
		}
		switch b[0] {
		case '{', '[':
			return r.format(name, ".jsonl", br)
		case '<':
			return r.format(name, ".html", br)
		}
		break
	}
	return r.format(name, ".txt", br)
}

// whole reads an input that is one document (a text, a page, a digest),
// and lets parse turn it into articles.
func (r *reader) whole(p string, in io.Reader, parse func(string, []byte) ([]Article, error)) error {
	data, err := io.ReadAll(io.LimitReader(utf8Reader(in), int64(r.opts.MaxBytes)+1))
	if err != nil {
		r.opts.Skip(&InputError{Path: p, Err: fmt.Errorf("reading: %w", err)})
		return nil
	}
	if len(data) > r.opts.MaxBytes {
		r.opts.Skip(&InputError{Path: p, Err: fmt.Errorf("larger than %d bytes; not an article (split it, or raise --max-bytes)", r.opts.MaxBytes)})
		return nil
	}
	arts, err := parse(p, data)
	if err != nil {
		r.opts.Skip(asInputError(p, err))
		return nil
	}
	for _, a := range arts {
		if err := r.emit(a); err != nil {
			return err
		}
	}
	return nil
}

// asInputError names the file of an error that does not name it yet.
func asInputError(p string, err error) *InputError {
	var ie *InputError
	if errors.As(err, &ie) {
		return ie
	}
	return &InputError{Path: p, Err: err}
}

// readText reads the plain-text dump format: one article a file.
func readText(p string, data []byte) ([]Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	a, err := parseText(text)
	if err == nil {
		err = a.finish()
	}
	if err != nil {
		return nil, err
	}
	a.Path = p
	return []Article{a}, nil
}

// unwrapPathError drops the path from an *fs.PathError, since InputError
// names the path already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
