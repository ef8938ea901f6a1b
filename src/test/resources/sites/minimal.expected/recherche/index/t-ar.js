RelaisSearch.load("t-ar",{"artisan":[2.267,"1v","16"]});
