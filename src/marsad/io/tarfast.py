"""A stream-mode ``tarfile.TarFile`` that reads plain member headers without ``tarfile``'s
per-field Python helpers.

``tarfile`` turns every 512-byte header into a :class:`tarfile.TarInfo` through ``frombuf``:
five ``nts`` and seven ``nti`` calls, two ``struct.unpack_from`` of 504 values for the checksum,
``_proc_member``/``_proc_builtin``/``_apply_pax_info`` — about a third of the CPU of reading a
``.tar.gz`` of small files (ANT v2.1: 31,525 members of ~3.5 KB).

:class:`FastTarFile` overrides :meth:`~tarfile.TarFile.next` only. A header is read here when it
is *plain*: a whole 512-byte block, a regular file (``0`` or NUL) or a directory (``5``), an
empty ustar ``prefix``, numeric fields of octal digits, spaces and NULs only, and an unsigned
checksum that matches; then the same :class:`~tarfile.TarInfo` is built as ``frombuf`` +
``_proc_builtin`` build it (every field, ``offset``, ``offset_data``, the next header's
offset, the fields of a global pax header read before, by ``tarfile``'s ``_apply_pax_info``). Anything else — the end-of-archive block, a short or damaged header, pax and GNU long
name headers, sparse files, links and devices, base-256 numbers — goes through ``tarfile``'s own ``frombuf``/``_proc_member`` on the same block, with
``TarFile.next``'s handling of their errors (Python 3.11's). The data blocks are still read
through ``tarfile``'s stream object, so reads from the underlying stream are the same calls.

``tests/test_io_tarfast.py`` compares every member (all ``TarInfo`` fields) and every error with
``tarfile`` on the ANT archive, on archives of every member type and format, and on cut and
damaged archives.
"""

from __future__ import annotations

import re
import tarfile

from marsad import settings

_BLOCK = tarfile.BLOCKSIZE
#: A damaged region's bytes kept as the raw of its error record (at most one member's worth).
DAMAGED_RAW_BYTES = settings.MAX_MEMBER_BYTES
#: Members larger than this are never read (``settings.MAX_MEMBER_BYTES``); a declared size over it
#: that runs past :attr:`FastTarFile.size_limit` marks a damaged header (a smaller one past the end
#: is read to the cut: an ``archive-truncated`` archive keeps the lines of a cut JSON Lines member).
HUGE_MEMBER_BYTES = settings.MAX_MEMBER_BYTES
#: Damage before the first valid header is scanned over for this many bytes at most (a damaged
#: first header and its member's data); longer, the input is no tar archive (a gzip of a text file
#: named ``.tar.gz``): ``ReadError`` as from ``tarfile``.
FIRST_HEADER_SCAN_BYTES = settings.MAX_MEMBER_BYTES
#: Type flags read here: regular file (``0``, NUL: ``AREGTYPE``), directory (``5``).
_PLAIN_TYPES = frozenset((0x30, 0x00, 0x35))
#: A numeric header field read here: octal digits, spaces, NULs (``nti`` reads them the same way;
#: base-256 numbers, signs and anything else go to ``tarfile``).
_OCTAL_FIELD = re.compile(rb"[0-7 \x00]*")


def _number(field: bytes) -> int:
    """``tarfile.nti`` of a field of octal digits, spaces and NULs (``ValueError`` where ``nti``
    raises ``InvalidHeaderError``: a space between digits)."""
    return int(field.split(b"\0", 1)[0].strip() or b"0", 8)


def _compiled_numbers():  # -> marsad._speedups.scan.tar_plain_numbers, or None
    from marsad import _speedups

    module = _speedups.load("scan")
    return None if module is None else module.tar_plain_numbers


#: The numbers of a plain header in one compiled pass (``None`` where :meth:`FastTarFile._plain`'s
#: Python code must decide), or ``None`` when the compiled scan is not in use.
_PLAIN_NUMBERS = _compiled_numbers()


def _text(field: bytes, encoding: str, errors: str) -> str:
    """``tarfile.nts``: the field up to its first NUL, decoded."""
    return field.split(b"\0", 1)[0].decode(encoding, errors)


class ForwardStream:
    """What ``tarfile`` reads a stream-mode archive through (``tarfile._Stream`` for an
    uncompressed stream: ``read``, forward-only ``seek``, ``tell``, ``close``), keeping its buffer
    with an offset instead of slicing off the bytes read after every ``read`` (a copy of up to
    10 KiB per call, three calls per member). It asks the underlying stream for the same
    ``bufsize`` reads at the same moments as ``tarfile._Stream``, so a decompressor is read (and
    its end-of-data error met) exactly as with ``tarfile``."""

    def __init__(self, fileobj, bufsize: int = tarfile.RECORDSIZE) -> None:
        self.name = ""
        self.mode = "r"
        self.comptype = "tar"
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""
        self.off = 0  # bytes of ``buf`` already handed out
        self.pos = 0
        self.closed = False

    def read(self, size: int) -> bytes:
        """The next ``size`` bytes (fewer at the end of the stream)."""
        buf, off = self.buf, self.off
        end = off + size
        if end <= len(buf):
            self.off = end
            self.pos += size
            return buf[off:end]
        parts = [buf[off:]]
        have = len(buf) - off
        while have < size:
            chunk = self.fileobj.read(self.bufsize)
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        data = b"".join(parts)
        out = data[:size]
        self.buf, self.off = data, len(out)
        self.pos += len(out)
        return out

    def seek(self, pos: int = 0) -> int:
        """Move forward to ``pos`` (reading); ``tarfile.StreamError`` for a position behind."""
        if pos - self.pos >= 0:
            blocks, remainder = divmod(pos - self.pos, self.bufsize)
            bufsize = self.bufsize
            for _ in range(blocks):
                if len(self.read(bufsize)) < bufsize:
                    # the end of the data: stop here (the caller's next read finds nothing).
                    # tarfile's ``_Stream.seek`` goes on asking for every block, ~10^17 empty
                    # reads for a header declaring 2^70 bytes (fourth new-user report, #2)
                    return self.pos
            self.read(remainder)
        else:
            raise tarfile.StreamError("seeking backwards is not allowed")
        return self.pos

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        self.closed = True  # the underlying stream is the caller's


class FastTarFile(tarfile.TarFile):
    """``tarfile.TarFile`` with a faster :meth:`next` for plain headers (module docstring);
    open it with :meth:`open_stream` (or like ``TarFile``: ``FastTarFile.open(fileobj=stream,
    mode="r|")``)."""

    #: Resynchronise after a damaged header (see :meth:`next`); ``False``: ``tarfile``'s end.
    resync = False
    #: ``[offset, message, blocks, raw]`` of each damaged region skipped over when :attr:`resync`:
    #: where it starts, why its header was refused, how many 512-byte blocks were skipped (the
    #: header included) and their bytes (``bytearray``, at most :data:`DAMAGED_RAW_BYTES`). The
    #: reader empties the list once it has reported them.
    damaged: list[list]
    #: With :attr:`resync`: the byte where the archive's data must end (the input's size for an
    #: uncompressed input; the most a compressed one can hold), and what it is, for the message
    #: (``"the end of the input at byte 4,096"``; empty: ``"byte 4,096"``).
    #: A member larger than :data:`HUGE_MEMBER_BYTES` declared to end past it is a damaged header:
    #: recorded and resynchronised over like one that fails its checksum. ``None``: no check.
    size_limit: int | None = None
    size_limit_what = ""
    #: Whether a member was found (a stream whose every block is damage is no tar archive).
    _found = False

    @classmethod
    def open_stream(
        cls, fileobj, resync: bool = False, size_limit: int | None = None, size_limit_what: str = ""
    ) -> FastTarFile:
        """``open(fileobj=fileobj, mode="r|")`` (an uncompressed tar stream, read forward once)
        through a :class:`ForwardStream`; ``resync``, ``size_limit``: see :meth:`next`."""
        stream = ForwardStream(fileobj)
        tf = cls.__new__(cls)
        # set before __init__, which reads the first header (a damaged one resyncs too)
        tf.resync = resync
        tf.damaged = []
        tf.size_limit = size_limit
        tf.size_limit_what = size_limit_what
        try:
            tf.__init__(None, "r", stream)
        except BaseException:
            stream.close()
            raise
        tf._extfileobj = False
        return tf

    def next(self) -> tarfile.TarInfo | None:  # noqa: A003 - tarfile's name
        """The next member (as ``tarfile.TarFile.next``), or ``None`` at the end.

        ``tarfile`` ends the archive quietly at a damaged header after the first one (a bad
        checksum, a field that is not a number) and refuses the archive at a damaged first one.
        With :attr:`resync` the block is recorded in :attr:`damaged` instead and the reading goes
        on, 512-byte block by block, to the next header whose checksum is valid, as GNU tar does
        ("Skipping to next header"), also for the first header; an end-of-archive (zero) block or
        the end of the data found while skipping ends the archive as usual. Damage with no valid
        header at all within :data:`FIRST_HEADER_SCAN_BYTES` (or before the end) is no tar
        archive: ``ReadError``, as ``tarfile`` says. A member over :data:`HUGE_MEMBER_BYTES` whose
        declared size runs past :attr:`size_limit` (a GNU base-256 size of 2^70 under a valid
        checksum) is a damaged header too: its data blocks are scanned like damage, so the
        member after it is read (``tarfile`` and GNU tar seek past the end and lose it)."""
        if self.firstmember is not None or self.ignore_zeros or self.tarinfo is not tarfile.TarInfo:
            return super().next()
        self._check("ra")
        fileobj = self.fileobj
        if self.offset != fileobj.tell():
            if self.offset == 0:
                return None
            fileobj.seek(self.offset - 1)
            if not fileobj.read(1):
                raise tarfile.ReadError("unexpected end of data")
        while True:
            info = None
            buf = b""
            try:
                buf = fileobj.read(_BLOCK)
                info = self._plain(buf)
                if info is None:
                    info = tarfile.TarInfo.frombuf(buf, self.encoding, self.errors)
                    info.offset = fileobj.tell() - _BLOCK
                    info = info._proc_member(self)
                if self.size_limit is not None and self._impossible_size(info):
                    # a huge size no data can follow: the header is damaged; its data is scanned
                    self._skip_damaged(
                        info.offset,
                        f"member {info.name!r} declares {info.size:,} bytes, past "
                        + (self.size_limit_what or f"byte {self.size_limit:,}"),
                        buf,
                        (info.offset_data - info.offset) // _BLOCK,
                    )
                    info = None
                    continue
            except tarfile.EOFHeaderError:
                pass
            except tarfile.InvalidHeaderError as e:
                if self.resync and len(buf) == _BLOCK and (self._found or self._may_scan(self.offset)):
                    self._skip_damaged(self.offset, str(e), buf)
                    continue
                if self.offset == 0 or (self.resync and not self._found):
                    raise tarfile.ReadError(self.damaged[0][1] if self.damaged else str(e)) from None
            except tarfile.EmptyHeaderError:
                if self.offset == 0:
                    raise tarfile.ReadError("empty file") from None
            except tarfile.TruncatedHeaderError as e:
                if self.offset == 0:
                    raise tarfile.ReadError(str(e)) from None
            except tarfile.SubsequentHeaderError as e:
                raise tarfile.ReadError(str(e)) from None
            except Exception as e:
                import zlib

                if isinstance(e, zlib.error):
                    raise tarfile.ReadError(f"zlib error: {e}") from None
                raise
            break
        if info is not None:
            self.members.append(info)
            self._found = True
        else:
            if self.resync and self.damaged and not self._found:
                # damage to the end, no valid header anywhere: no tar archive
                raise tarfile.ReadError(self.damaged[0][1])
            self._loaded = True
        return info

    def _impossible_size(self, info: tarfile.TarInfo) -> bool:
        """A regular member over :data:`HUGE_MEMBER_BYTES` whose data would end past
        :attr:`size_limit` (only with :attr:`resync`)."""
        return (
            self.resync
            and info.size > HUGE_MEMBER_BYTES
            and info.isreg()
            and info.sparse is None  # a sparse member's size counts its holes
            and info.offset_data + info.size > self.size_limit  # type: ignore[operator]
        )

    def _may_scan(self, offset: int) -> bool:
        """Before any member was found: damage is scanned over for :data:`FIRST_HEADER_SCAN_BYTES`
        at most (past that, the input is no tar archive)."""
        return offset < FIRST_HEADER_SCAN_BYTES

    def _skip_damaged(self, offset: int, why: str, block: bytes = b"", blocks: int = 1) -> None:
        """Record ``blocks`` damaged blocks at ``offset`` (``block``: their bytes as read, kept up
        to :data:`DAMAGED_RAW_BYTES`), joined to the damage just before them when they follow it,
        and move past them."""
        damaged = self.damaged
        if damaged and damaged[-1][0] + damaged[-1][2] * _BLOCK == offset:
            damaged[-1][2] += blocks
        else:
            damaged.append([offset, why, blocks, bytearray()])
        raw = damaged[-1][3]
        if len(raw) < DAMAGED_RAW_BYTES:
            raw += block[: DAMAGED_RAW_BYTES - len(raw)]
        self.offset = offset + blocks * _BLOCK

    def _plain(self, buf: bytes) -> tarfile.TarInfo | None:
        """The member of a plain header block ``buf`` just read (see the module docstring), with
        ``self.offset`` moved past its data; ``None`` (nothing changed) for any other block."""
        if len(buf) != _BLOCK or buf[156] not in _PLAIN_TYPES or buf[345] != 0:
            return None
        numbers = None if _PLAIN_NUMBERS is None else _PLAIN_NUMBERS(buf)
        try:
            if numbers is not None:  # the compiled reading of the Python below (~40 k instructions less)
                chksum, mode, uid, gid, size, mtime, devmajor, devminor = numbers
            else:
                if (
                    _OCTAL_FIELD.fullmatch(buf, 100, 156) is None
                    or _OCTAL_FIELD.fullmatch(buf, 329, 345) is None
                ):
                    return None
                chksum = _number(buf[148:156])
                if chksum != 256 + sum(buf[:148]) + sum(buf[156:]):
                    return None  # or a signed checksum: tarfile decides
                mode = _number(buf[100:108])
                uid = _number(buf[108:116])
                gid = _number(buf[116:124])
                size = _number(buf[124:136])
                mtime = _number(buf[136:148])
                devmajor = _number(buf[329:337])
                devminor = _number(buf[337:345])
            obj = tarfile.TarInfo()
            encoding, errors = self.encoding, self.errors
            obj.name = name = _text(buf[:100], encoding, errors)
            obj.mode = mode
            obj.uid = uid
            obj.gid = gid
            obj.size = size
            obj.mtime = mtime
            obj.chksum = chksum
            obj.linkname = _text(buf[157:257], encoding, errors)
            obj.uname = _text(buf[265:297], encoding, errors)
            obj.gname = _text(buf[297:329], encoding, errors)
            obj.devmajor = devmajor
            obj.devminor = devminor
        except ValueError:  # a field nti refuses; a name the codec refuses (strict errors)
            return None
        kind = buf[156:157]
        if kind == tarfile.AREGTYPE and name.endswith("/"):
            kind = tarfile.DIRTYPE
        obj.type = kind
        if kind == tarfile.DIRTYPE:
            obj.name = name.rstrip("/")
        # tarfile's _proc_builtin: the data follows the header; a global pax header's fields
        # (git archive writes one: the commit id) apply to every member after it
        offset_data = self.fileobj.tell()
        obj.offset = offset_data - _BLOCK
        obj.offset_data = offset_data
        self.offset = offset_data if kind == tarfile.DIRTYPE else offset_data + -(-size // _BLOCK) * _BLOCK
        if self.pax_headers:
            obj._apply_pax_info(self.pax_headers, self.encoding, self.errors)
            if obj.type == tarfile.DIRTYPE:
                obj.name = obj.name.rstrip("/")
        return obj


__all__ = ["FastTarFile"]
