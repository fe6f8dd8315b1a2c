package article

// inRange wraps emit so that only articles published between since and
// until (YYYY-MM-DD, inclusive; "" leaves that end open) are passed on. The
// dates are in one fixed format, so comparing them as strings is comparing
// them as days.
func inRange(since, until string, emit func(Article) error) func(Article) error {
	if since == "" && until == "" {
		return emit
	}
	return func(a Article) error {
		if a.Published == "" || (since != "" && a.Published < since) || (until != "" && a.Published > until) {
			return nil
		}
		return emit(a)
	}
}
