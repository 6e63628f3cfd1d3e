using SopDesk.Data.LaborMarket;

namespace SopDesk.Tests.Web.LaborMarket.Listing;

/// <summary>What a person types becomes quoted prefix tokens; FTS5 syntax never passes through.</summary>
public sealed class FullTextQueryTests
{
    [Fact]
    public void Each_word_is_quoted_and_prefix_matched() =>
        FullTextQuery.Build("  Operator  mesin ").ShouldBe("\"Operator\"* \"mesin\"*");

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData(" - ")]
    [InlineData("():^+")]
    [InlineData("AND OR NOT")]
    [InlineData("")]
    [InlineData(null)]
    public void Punctuation_and_operators_alone_mean_no_text_filter(string? text) => FullTextQuery.Build(text).ShouldBeNull();

    [Fact]
    public void Operators_and_syntax_are_dropped_around_real_words() =>
        FullTextQuery.Build("kasir OR \"admin\" NEAR(gudang -malam) col:las*").ShouldBe("\"kasir\"* \"admin\"* \"gudang\"* \"malam\"* \"col\"* \"las\"*");

    [Fact]
    public void Repeated_words_count_once_and_the_number_of_words_is_capped() =>
        FullTextQuery.Tokens("a b c d e f g h i j a").Count.ShouldBe(FullTextQuery.MaxTokens);
}
