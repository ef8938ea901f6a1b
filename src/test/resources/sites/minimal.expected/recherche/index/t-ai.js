RelaisSearch.load("t-ai",{"aide":[1.267,"1v1v","171c"]});
