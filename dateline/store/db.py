"""One database connection as the store's SQL layer sees it, whatever the backend.

The neutral modules (sql_store.py, incremental.py, sql_queries.py, migrations.py) write
their SQL once, with ``?`` placeholders and the SQL that SQLite and PostgreSQL share;
a backend (sqlite/, postgres/) hands them a Db built on its connection. The Db:

* rewrites placeholders for the driver (``?`` for sqlite3, ``%s`` for psycopg);
* translates every driver error into the store's coded errors (``translate``), so no
  ``sqlite3`` or ``psycopg`` exception leaves the store;
* runs write transactions (``transaction``) and, inside one, savepoints (``savepoint``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any, Self

from dateline.errors import DatelineError


@dataclass(frozen=True)
class Dialect:
    """What differs between the backends' SQL."""

    name: str  # "sqlite" | "postgresql"
    placeholder: str  # "?" or "%s"
    begin: str  # the statement that opens a write transaction
    without_rowid: str  # table suffix for clustered tables ("" where meaningless)
    big_integer: str  # the 64-bit integer column type
    binary_text: str  # collation clause for text compared byte by byte (prefix ranges)
    lock: str = ""  # run after ``begin``: serialises writers where ``begin`` does not


class Row(tuple):
    """A result row readable by position and by column name (as ``sqlite3.Row``)."""

    names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Self:
        row = super().__new__(cls, values)
        row.names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


class Db:
    """A connection in autocommit mode with the store's few needs (see module docstring).

    conn: the DB-API connection (sqlite3 or psycopg), in autocommit mode.
    dialect: the backend's SQL differences.
    errors: the driver's base exception class(es), caught everywhere.
    translate: driver exception -> the store's DatelineError to raise instead.
    """

    def __init__(
        self,
        conn: Any,
        dialect: Dialect,
        errors: type[BaseException],
        translate: Callable[[BaseException], DatelineError],
    ) -> None:
        self.conn = conn
        self.dialect = dialect
        self.errors = errors
        self.translate = translate
        self.in_transaction = False
        self._savepoints = 0

    def sql(self, statement: str) -> str:
        """RETURNS ``statement`` with this driver's placeholders."""
        if self.dialect.placeholder == "?":
            return statement
        return statement.replace("?", self.dialect.placeholder)

    def _params(self, params: Sequence[Any]) -> Any:
        # psycopg reads "%" in a statement only when given parameters: give None for none.
        if params:
            return tuple(params)
        return () if self.dialect.name == "sqlite" else None

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except self.errors as e:
            raise self.translate(e) from e

    def rows(self, statement: str, params: Sequence[Any] = ()) -> list[Any]:
        """RETURNS every row of a query."""
        with self._translated():
            return list(self.conn.execute(self.sql(statement), self._params(params)).fetchall())

    def one(self, statement: str, params: Sequence[Any] = ()) -> Any:
        """RETURNS the first row of a query, or None."""
        with self._translated():
            return self.conn.execute(self.sql(statement), self._params(params)).fetchone()

    def scalar(self, statement: str, params: Sequence[Any] = ()) -> Any:
        """RETURNS the first column of the first row, or None."""
        row = self.one(statement, params)
        return None if row is None else row[0]

    def run(self, statement: str, params: Sequence[Any] = ()) -> None:
        """Execute one statement."""
        with self._translated():
            self.conn.execute(self.sql(statement), self._params(params))

    def many(self, statement: str, rows: Iterable[Sequence[Any]]) -> None:
        """Execute one statement for each row of parameters."""
        batch = [tuple(r) for r in rows]
        if not batch:
            return
        with self._translated():
            if self.dialect.name == "sqlite":
                self.conn.executemany(self.sql(statement), batch)
            else:
                with self.conn.cursor() as cur:
                    cur.executemany(self.sql(statement), batch)

    def in_chunks(self, statement: str, items: Sequence[Any], size: int = 500) -> list[Any]:
        """RETURNS the rows of ``statement`` run on ``items`` in chunks; its ``(?*)`` is the list.

        SQLite limits bound parameters per statement; PostgreSQL plans long IN lists badly.
        """
        out: list[Any] = []
        for i in range(0, len(items), size):
            chunk = list(items[i : i + size])
            out.extend(self.rows(statement.replace("(?*)", f"({', '.join('?' * len(chunk))})"), chunk))
        return out

    @contextmanager
    def transaction(self) -> Iterator[Db]:
        """One write transaction: committed on success, rolled back on any exception."""
        if self.in_transaction:  # nested: the outer transaction decides
            yield self
            return
        self.run(self.dialect.begin)
        self.in_transaction = True
        if self.dialect.lock:
            try:
                self.run(self.dialect.lock)
            except BaseException:
                self.in_transaction = False
                self.run("ROLLBACK")
                raise
        try:
            yield self
        except BaseException:
            self.in_transaction = False
            with suppress(DatelineError):  # the connection is gone: nothing was committed anyway
                self.run("ROLLBACK")
            raise
        self.in_transaction = False
        self.run("COMMIT")

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A savepoint inside the transaction: rolled back alone on an exception."""
        self._savepoints += 1
        name = f"sp{self._savepoints}"
        self.run(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            self.run(f"ROLLBACK TO SAVEPOINT {name}")
            self.run(f"RELEASE SAVEPOINT {name}")
            raise
        self.run(f"RELEASE SAVEPOINT {name}")

    def close(self) -> None:
        with suppress(self.errors):
            self.conn.close()
