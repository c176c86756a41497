using Microsoft.Data.Sqlite;

namespace TechBridge.Bench;

/// <summary>The alternative a .NET team would reach for: SQLite FTS5 (unicode61 tokenizer) ranked by bm25().</summary>
public sealed class Fts5Baseline : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand query;

    public Fts5Baseline(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        // No pooling: a pooled connection would keep the deleted file of the previous run open and be handed back.
        connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;");
        Execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, tokenize='unicode61');");
        query = connection.CreateCommand();
        query.CommandText = "SELECT id FROM docs WHERE docs MATCH $q ORDER BY bm25(docs, 0.0, 2.0, 1.0) LIMIT $k";
        query.Parameters.Add("$q", SqliteType.Text);
        query.Parameters.Add("$k", SqliteType.Integer);
    }

    public void Add(IEnumerable<SyntheticCorpus.Document> documents)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO docs(id, title, body) VALUES ($id, $title, $body)";
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        foreach (var document in documents)
        {
            id.Value = document.Id;
            title.Value = document.Title;
            body.Value = document.Body;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>Any of the words (OR), best bm25 first; each word quoted so FTS5 syntax in the text cannot break the query.</summary>
    public List<string> Search(string text, int top)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
        query.Parameters["$q"].Value = string.Join(" OR ", words);
        query.Parameters["$k"].Value = top;
        var ids = new List<string>(top);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose()
    {
        query.Dispose();
        connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
