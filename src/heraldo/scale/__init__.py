"""Running the per-article pipeline over a corpus: in-process, a process pool, or Dask."""
