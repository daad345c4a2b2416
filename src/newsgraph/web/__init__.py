"""The JSON API and web dashboard (``newsgraph serve``)."""
