RelaisSearch.load("t-me",{"mesur":[2.200,"3v","36"]});
