namespace TrainingSim.Storage;

/// <summary>A database file opened for reading only, as LiteDB sees it: its length rounded down to whole
/// pages, so LiteDB never tries to "repair" a partial last page by trimming the file; every write is
/// refused. (LiteDB's own read-only mode still trims, opening the file for writing to do it.)</summary>
internal sealed class PageAlignedReadStream(FileStream file) : Stream
{
    public const int PageSize = 8192;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => file.Length - (file.Length % PageSize);

    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    public static PageAlignedReadStream Open(string path) =>
        new(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, PageSize));

    public override int Read(byte[] buffer, int offset, int count)
    {
        var left = Length - file.Position;
        return left <= 0 ? 0 : file.Read(buffer, offset, (int)Math.Min(count, left));
    }

    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value)
    {
        if (value != Length)
            throw new NotSupportedException("the database is open read-only");
    }

    public override void Write(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("the database is open read-only");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            file.Dispose();
        base.Dispose(disposing);
    }
}
