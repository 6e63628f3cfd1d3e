using SopDesk.Data.LaborMarket;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>What a person types becomes quoted prefix tokens; FTS5 syntax never passes through.</summary>
public sealed class FullTextQueryTests
{
    [Fact]
    public void Each_word_is_folded_as_the_index_folds_it_quoted_and_prefix_matched() =>
        FullTextQuery.AllOf("  Operator  mésin ").ShouldBe("\"operator\"* \"mesin\"*");

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData(" - ")]
    [InlineData("():^+")]
    [InlineData("AND OR NOT")]
    [InlineData("")]
    [InlineData(null)]
    public void Punctuation_and_operators_alone_mean_no_text_filter(string? text) => FullTextQuery.AllOf(text).ShouldBeNull();

    [Fact]
    public void Operators_and_syntax_are_dropped_around_real_words() =>
        FullTextQuery.AllOf("kasir OR \"admin\" NEAR(gudang -malam) col:las*").ShouldBe("\"kasir\"* \"admin\"* \"gudang\"* \"malam\"* \"col\"* \"las\"*");

    [Fact]
    public void Repeated_words_count_once_and_the_number_of_words_is_capped() =>
        FullTextQuery.AllOf("aa bb cc dd ee ff gg hh ii jj aa")!.Split(' ').Length.ShouldBe(FullTextQuery.MaxSearchWords);
}
