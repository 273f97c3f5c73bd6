"""Engines that run pressparse past one machine: partition functions for Dask, Spark, Ray.

``process_partition`` is the whole contract: records in, output dicts out, one pipeline
loaded once per worker process.
"""

from .partition import process_inputs, process_partition

__all__ = ["process_inputs", "process_partition"]
